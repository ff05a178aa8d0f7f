namespace ActorDistribution.Actors;

/// <summary>The position of an actor in the hierarchy, e.g. <c>/user/sites/CH2</c>.</summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    public static readonly ActorPath Root = new(null, "");

    private ActorPath(ActorPath? parent, string name)
    {
        Parent = parent;
        Name = name;
    }

    public ActorPath? Parent { get; }
    public string Name { get; }

    public ActorPath Child(string name) => new(this, name);

    /// <summary>Path elements from the root down, without the root itself.</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var elements = new List<string>();
            for (var p = this; p.Parent is not null; p = p.Parent) elements.Add(p.Name);
            elements.Reverse();
            return elements;
        }
    }

    public override string ToString() => Parent is null ? "/" : "/" + string.Join('/', Elements);

    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || Name != other.Name) return false;
        return Equals(Parent, other.Parent);
    }

    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Parent?.GetHashCode() ?? 0, Name);
}

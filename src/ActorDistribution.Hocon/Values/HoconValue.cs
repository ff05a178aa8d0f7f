namespace ActorDistribution.Hocon;

/// <summary>A node of a configuration tree. Resolved trees hold only objects, arrays and scalars.</summary>
public abstract class HoconValue
{
    private protected HoconValue(ConfigOrigin origin) => Origin = origin;

    public ConfigOrigin Origin { get; }

    /// <summary>How an error message names this value ("string 'abc'", "object", ...).</summary>
    public abstract string Describe();

    public string ToJson() => JsonRenderer.Render(this);
}

namespace ActorDistribution.Hocon;

/// <summary>Where a value or token came from: the file (or origin name), 1-based line and column.</summary>
public readonly record struct ConfigOrigin(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

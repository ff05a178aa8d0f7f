namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// The stable name an event (or snapshot) type is stored under. Never derived from the CLR type name,
/// so types can be renamed or moved without breaking the journal.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventManifestAttribute(string manifest) : Attribute
{
    public string Manifest { get; } = manifest;
}

using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Shell.Commands;

/// <summary>What every audit verb reads unless told otherwise: the serializer, and the SQLite file.</summary>
internal sealed record AuditJournalDefaults(Func<EventCodec> Serializer, string SqlitePath);

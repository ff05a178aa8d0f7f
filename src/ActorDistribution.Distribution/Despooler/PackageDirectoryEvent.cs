using ActorDistribution.Runtime.Serialization;
namespace ActorDistribution.Distribution.Despooler;

/// <summary>A fact in the life of one package directory, stamped with the actor's clock; the audit reads these.</summary>
public abstract record PackageDirectoryEvent(DateTimeOffset At) : IJournalEvent;

namespace ActorDistribution.Distribution.Audit;

/// <summary>The journal could not be opened or read; the message is one line meant for the user.</summary>
public sealed class AuditSourceException(string message, Exception? inner = null) : Exception(message, inner);

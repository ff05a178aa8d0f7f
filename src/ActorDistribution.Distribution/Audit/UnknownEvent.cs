namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// A stored event whose manifest this build does not know (a journal written by a newer version, or by another
/// component): the audit keeps it as stored instead of stopping, shows and exports it unchanged, and replays skip it.
/// </summary>
public sealed record UnknownEvent(string Manifest, byte[] Json);

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>A client as the shell shows it: its own log lines, oldest first, its component status and the offers it processed.</summary>
public sealed record ClientReport(string Name, string Site, string Mode, string ComponentStatus, IReadOnlyList<string> ProcessedOffers, IReadOnlyList<string> LogLines);

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Copy these files from the site inbox to the CAP inbox, in order, stopping at the first failure; answer <see cref="CopyResult"/>.</summary>
public sealed record CopyFiles(DateTimeOffset DueAt, IReadOnlyList<string> Files) : InboxStep(DueAt);

namespace ActorDistribution.Shares;

/// <summary>A session together with the files it holds open, as the shell's <c>share sessions</c> shows it.</summary>
public sealed record SessionListing(ShareSession Session, IReadOnlyList<OpenHandle> OpenFiles);

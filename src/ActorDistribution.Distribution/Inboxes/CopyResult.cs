namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Result of <see cref="CopyFiles"/>: null <paramref name="Failure"/> when every file was copied.</summary>
public sealed record CopyResult(DateTimeOffset At, string? FailedPath = null, string? Failure = null) : InboxCommand(At);

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="CheckOpenFiles"/>: every file held open in the directory and its subdirectories (empty: none).</summary>
public sealed record OpenFilesChecked(DateTimeOffset At, IReadOnlyList<OpenFile> OpenFiles) : PackageDirectoryCommand(At);

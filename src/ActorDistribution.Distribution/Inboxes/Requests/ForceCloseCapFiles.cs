using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>
/// The manual remedy's close: force-close every open file under <paramref name="Subtree"/> of a CAP
/// (default the component inbox <c>clicomp.box/swdist</c>; empty for the whole share). Unguarded: the
/// operator stops the inbox manager first. Answers <see cref="CapFilesForceClosed"/> or <see cref="Rejected"/>.
/// </summary>
public sealed record ForceCloseCapFiles(string Cap, string Subtree = "clicomp.box/swdist");

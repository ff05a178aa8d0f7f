namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>Where the stuck-lock supervisor of a site stands. Answers <see cref="RemedyReport"/>.</summary>
public sealed record GetRemedyStatus(string Site);

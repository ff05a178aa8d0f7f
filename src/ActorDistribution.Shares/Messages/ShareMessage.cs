namespace ActorDistribution.Shares;

/// <summary>A message delivered to a user (a disconnection warning, a ready notice), stamped with the host's clock.</summary>
public sealed record ShareMessage(DateTimeOffset At, string From, string Text);

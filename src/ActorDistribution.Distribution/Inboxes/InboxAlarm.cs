namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Something an operator must look at, as <c>inbox status</c> shows it.</summary>
public sealed record InboxAlarm(DateTimeOffset At, string Text);

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>The inbox manager component of a site, as <c>component start|stop</c> drive it.</summary>
public enum InboxManagerStatus
{
    Stopped,
    Running,

    /// <summary>Asked to stop while updates were running; it lets them end (lock deleted or left) and then stops.</summary>
    Stopping,
}

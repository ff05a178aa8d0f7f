namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Where one CAP inbox's update stands.</summary>
public enum InboxPhase
{
    /// <summary>No update running (a lock may still be present if its deletes all failed).</summary>
    Idle,

    /// <summary>Creating the lock file so clients keep out.</summary>
    Locking,

    /// <summary>Copying the changed files under the lock.</summary>
    Copying,

    /// <summary>Deleting the lock file, possibly retrying after sharing violations.</summary>
    Unlocking,
}

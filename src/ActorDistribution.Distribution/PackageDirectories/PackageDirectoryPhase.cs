namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>Where one package directory is in its delivery; each phase names the step the actor performs next or waits for.</summary>
public enum PackageDirectoryPhase
{
    /// <summary>Nothing was ever asked of this directory.</summary>
    Idle,

    /// <summary>Delivery or removal requested; the first attempt is due at NextAttemptAt.</summary>
    Pending,

    /// <summary>Forced delivery: looking for files open in the directory and its subdirectories.</summary>
    CheckingOpenFiles,

    /// <summary>Copying the package files (without forcing: file by file, stopping at the first locked one).</summary>
    Copying,

    /// <summary>Removal: deleting the directory's files.</summary>
    Deleting,

    /// <summary>An attempt failed; the next is due at NextAttemptAt.</summary>
    Retrying,

    /// <summary>Files stayed open past y retries: revoking access for everyone but the service account.</summary>
    RevokingAccess,

    /// <summary>Access revoked; warning the users who hold files open.</summary>
    WarningUsers,

    /// <summary>Warned; the forced disconnection is due at ForceCloseAt.</summary>
    AwaitingForceClose,

    /// <summary>Closing the handles and sessions of users who still hold files open.</summary>
    ForceDisconnecting,

    /// <summary>Forced delivery copied (or failed to): giving access back.</summary>
    RestoringAccess,

    /// <summary>Access restored: telling the warned users the directory is ready again.</summary>
    NotifyingUsers,

    Installed,
    Removed,
    Failed,
}

/// <summary>What the despooler was last asked to do with a package directory.</summary>
public enum PackageDirectoryOperation
{
    Install,
    Remove,
}

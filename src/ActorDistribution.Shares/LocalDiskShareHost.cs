using ActorDistribution.Shares.Storage.LocalDisk;

namespace ActorDistribution.Shares;

/// <summary>
/// A share host whose files are real, under <c>root/SERVER/SHARE/</c>. Shares found under the root are
/// picked up at start; sessions, handles and revoked access are the host's own bookkeeping and do not
/// survive a restart (as with a rebooted file server).
/// </summary>
public sealed class LocalDiskShareHost(string root, TimeProvider clock, ShareHostOptions? options = null)
    : ShareHost(new LocalDiskShareStorage(root), clock, options);

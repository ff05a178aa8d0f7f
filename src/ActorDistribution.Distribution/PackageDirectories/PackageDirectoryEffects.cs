using ActorDistribution.Distribution.Packages;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// Performs the effects a package directory's state asks for against the share host and answers the
/// resulting command. Every effect is safe to repeat (after a restart the state asks again). Copy
/// failures come back as <see cref="CopyFailed"/>; a refusal the escalation cannot reason about (e.g.
/// the host refusing to revoke access) throws, and the actor retries the step.
/// </summary>
public sealed class PackageDirectoryEffects(IShareHost host, ShareAddress share, Func<DateTimeOffset> clock, PackageSourceReader source)
{
    public ShareAddress Share => share;

    public async Task<PackageDirectoryCommand> PerformAsync(PackageDirectoryEffect effect)
    {
        EnsureShare();
        return effect switch
        {
            CheckOpenFiles => new OpenFilesChecked(clock(), host.FindOpenFiles(share, "").Value.Select(h => new OpenFile(h.User, h.Path)).ToList()),
            CopyPackageFiles copy => await CopyAsync(copy).ConfigureAwait(false),
            DeletePackageDirectory => Delete(),
            RevokeAccess => Done(host.RevokeAccess(share), () => new AccessRevoked(clock())),
            WarnUsers warn => Message(warn.Users, ForcedDisconnectionMessages.Warning(share.ToString(), warn.Delay), $"{share}/{warn.Escalation}/warning", users => new UsersWarned(clock(), users)),
            ForceCloseOpenFiles close => ForceClose(close.WarnedUsers, $"{share}/{close.Escalation}/closed"),
            RestoreAccess => Done(host.RestoreAccess(share), () => new AccessRestored(clock())),
            NotifyUsersReady notify => Message(notify.Users, ForcedDisconnectionMessages.Ready(share.ToString()), $"{share}/{notify.Escalation}/ready", users => new UsersNotified(clock(), users)),
            _ => throw new InvalidOperationException($"no way to perform {effect}"),
        };
    }

    private void EnsureShare()
    {
        var created = host.CreateShare(share);
        if (created.Failure is { } failure and not AlreadyExists)
            throw new InvalidOperationException($"cannot create the package directory share {share}: {failure.Message}");
    }

    /// <summary>File by file in manifest order, stopping at the first failure (the directory stays partly updated), then read back for the check.</summary>
    private async Task<PackageDirectoryCommand> CopyAsync(CopyPackageFiles copy)
    {
        var copied = 0;
        foreach (var file in copy.Files)
        {
            ShareResult written;
            try
            {
                await using var content = await source(copy.Version, file.Path).ConfigureAwait(false);
                if (content is null) return new CopyFailed(clock(), CopyFailures.SourceMissing(file.Path, copy.Version), FilesCopied: copied);
                written = await host.WriteFileAsync(share, file.Path, content).ConfigureAwait(false);
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                return new CopyFailed(clock(), CopyFailures.Describe(problem, file.Path), FilesCopied: copied);
            }

            if (written.Failure is SharingViolation violation)
                return new CopyFailed(clock(), violation.Message, file.Path, violation.Users, copied);
            if (written.Failure is { } failure)
                return new CopyFailed(clock(), $"copy error writing {file.Path}: {failure.Message}", FilesCopied: copied);
            copied++;
        }

        var readBack = new List<PackageFile>();
        foreach (var file in copy.Files)
        {
            var info = host.GetFileInfo(share, file.Path);
            if (info.IsSuccess) readBack.Add(new PackageFile(info.Value.Path, info.Value.Size, info.Value.Sha256));
        }

        return new CopyCompleted(clock(), copy.Version, readBack);
    }

    private PackageDirectoryCommand Delete()
    {
        foreach (var entry in host.ListDirectory(share, "").Value)
        {
            var deleted = entry.IsDirectory ? host.DeleteDirectory(share, entry.Name) : host.DeleteFile(share, entry.Name);
            if (deleted.Failure is SharingViolation violation)
                return new DeleteFailed(clock(), violation.Message, violation.Path, violation.Users);
            if (deleted.Failure is { } failure)
                return new DeleteFailed(clock(), failure.Message);
        }

        return new DirectoryDeleted(clock());
    }

    /// <summary>Ends the sessions of warned users that still hold files; a user never warned is left alone (and blocks the copy).</summary>
    private PackageDirectoryCommand ForceClose(IReadOnlyList<string> warnedUsers, string key)
    {
        var closed = new List<string>();
        foreach (var listing in host.ListSessions(share).Value)
        {
            var user = listing.Session.User;
            if (listing.OpenFiles.Count == 0 || !warnedUsers.Contains(user, StringComparer.OrdinalIgnoreCase)) continue;
            var disconnected = host.Disconnect(listing.Session.Id);
            if (disconnected.Failure is { } failure and not NotFound)
                throw new InvalidOperationException($"cannot disconnect {user} from {share}: {failure.Message}");
            if (closed.Contains(user, StringComparer.OrdinalIgnoreCase)) continue;
            host.SendMessage(user, ForcedDisconnectionMessages.ForceClose(share.ToString()), key);
            closed.Add(user);
        }

        return new UsersForceClosed(clock(), closed);
    }

    // The key makes a message repeated by a restart (sent, but its event not yet written) a no-op at the host.
    private PackageDirectoryCommand Message(IReadOnlyList<string> users, string text, string key, Func<IReadOnlyList<string>, PackageDirectoryCommand> result)
    {
        foreach (var user in users) host.SendMessage(user, text, key);
        return result(users);
    }

    private PackageDirectoryCommand Done(ShareResult result, Func<PackageDirectoryCommand> command) =>
        result.IsSuccess ? command() : throw new InvalidOperationException($"the share host refused a step on {share}: {result}");
}

/// <summary>Opens one file of a package version's source for a copy, or answers null when the source no longer holds it.</summary>
public delegate Task<Stream?> PackageSourceReader(string version, string path);

/// <summary>
/// A step the state asks the actor to perform against the share host, then report as a command.
/// The state keeps asking until the result arrives, so after a crash the step is performed again:
/// every effect must be safe to repeat.
/// </summary>
public abstract record PackageDirectoryEffect;

/// <summary>List every file held open in the package directory and its subdirectories; answer <see cref="OpenFilesChecked"/>.</summary>
public sealed record CheckOpenFiles : PackageDirectoryEffect;

/// <summary>Write the files in order, stopping at the first failure (the directory stays partly updated); read back size and SHA-256 of each; answer <see cref="CopyCompleted"/> or <see cref="CopyFailed"/>.</summary>
public sealed record CopyPackageFiles(string Version, IReadOnlyList<PackageFile> Files) : PackageDirectoryEffect;

/// <summary>Delete the package directory's files, stopping at the first locked one; answer <see cref="DirectoryDeleted"/> or <see cref="DeleteFailed"/>.</summary>
public sealed record DeletePackageDirectory : PackageDirectoryEffect;

/// <summary>
/// Close the handles and sessions of the warned users who still hold a file open in the directory, sending each
/// <see cref="ForcedDisconnectionMessages.ForceClose"/>; answer <see cref="UsersForceClosed"/>. Users never warned
/// (a connected session that opened a file after the warning) are left alone: their file fails the copy, and the
/// next attempt warns them, so nobody is disconnected without z minutes' notice.
/// </summary>
/// <param name="Escalation">Names this escalation, so the closing notice repeated after a restart reaches no one twice.</param>
public sealed record ForceCloseOpenFiles(IReadOnlyList<string> WarnedUsers, string Escalation) : PackageDirectoryEffect;

/// <summary>Send each (previously warned) user <see cref="ForcedDisconnectionMessages.Ready"/>; answer <see cref="UsersNotified"/>.</summary>
/// <param name="Escalation">Names this escalation, so a notice repeated after a restart reaches no one twice.</param>
public sealed record NotifyUsersReady(IReadOnlyList<string> Users, string Escalation) : PackageDirectoryEffect;

/// <summary>Let everyone connect to the package directory again; answer <see cref="AccessRestored"/>.</summary>
public sealed record RestoreAccess : PackageDirectoryEffect;

/// <summary>Refuse new sessions to the package directory for everyone but the service account; answer <see cref="AccessRevoked"/>.</summary>
public sealed record RevokeAccess : PackageDirectoryEffect;

/// <summary>Send each user <see cref="ForcedDisconnectionMessages.Warning"/> with <see cref="Delay"/>; answer <see cref="UsersWarned"/>.</summary>
/// <param name="Escalation">Names this escalation, so a warning repeated after a restart reaches no one twice.</param>
public sealed record WarnUsers(IReadOnlyList<string> Users, TimeSpan Delay, string Escalation) : PackageDirectoryEffect;

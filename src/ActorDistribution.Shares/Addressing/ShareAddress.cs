using System.Diagnostics.CodeAnalysis;

namespace ActorDistribution.Shares;

/// <summary>
/// A share on a file server, written <c>SERVER/SHARE</c> (e.g. <c>NTSRV1/OFFICE97</c>, <c>CAP_DAN/CAP_CH2</c>).
/// Compared case-insensitively, as the original servers did; the spelling given first is kept for display.
/// </summary>
public sealed class ShareAddress : IEquatable<ShareAddress>
{
    public ShareAddress(string server, string share)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(share);
        var problem = Problem(server, share);
        if (problem is not null) throw new ArgumentException(problem);
        Server = server;
        Share = share;
    }

    public string Server { get; }

    public string Share { get; }

    /// <summary>Parses <c>SERVER/SHARE</c> (either slash); for user input, where a bad name is not a bug.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ShareAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        var parts = text.Split('/', '\\');
        if (parts.Length != 2)
        {
            problem = $"'{text}' is not SERVER/SHARE";
            return false;
        }
        problem = Problem(parts[0], parts[1]);
        if (problem is not null) return false;
        address = new ShareAddress(parts[0], parts[1]);
        return true;
    }

    public bool Equals(ShareAddress? other)
        => other is not null
           && string.Equals(Server, other.Server, StringComparison.OrdinalIgnoreCase)
           && string.Equals(Share, other.Share, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as ShareAddress);

    public override int GetHashCode()
        => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Server), StringComparer.OrdinalIgnoreCase.GetHashCode(Share));

    public static bool operator ==(ShareAddress? left, ShareAddress? right) => Equals(left, right);

    public static bool operator !=(ShareAddress? left, ShareAddress? right) => !Equals(left, right);

    public override string ToString() => $"{Server}/{Share}";

    private static string? Problem(string server, string share)
    {
        var serverProblem = ShareName.Problem(server);
        if (serverProblem is not null) return $"server: {serverProblem}";
        var shareProblem = ShareName.Problem(share);
        if (shareProblem is not null) return $"share: {shareProblem}";
        // Dot-names stay free for the host's own use on disk (its staging area).
        return server.StartsWith('.') || share.StartsWith('.') ? "server and share names cannot start with '.'" : null;
    }
}

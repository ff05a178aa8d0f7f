using ActorDistribution.Shares;

namespace ActorDistribution.Node.Commands;

/// <summary>A place on the share host as the shell writes it: <c>server/share[/path]</c>.</summary>
public sealed record ShareLocation(ShareAddress Share, string Path)
{
    public static bool TryParse(string text, bool pathRequired, out ShareLocation location, out string problem)
    {
        location = null!;
        var parts = text.Replace('\\', '/').Split('/', 3);
        if (parts.Length < 2 || (pathRequired && (parts.Length < 3 || parts[2].Length == 0)))
        {
            problem = pathRequired
                ? $"'{text}' is not a file on a share; expected <server>/<share>/<path>, e.g. NTSRV1/OFFICE97/setup.exe."
                : $"'{text}' is not a share; expected <server>/<share>[/<folder>], e.g. CAP_DAN/CAP/clicomp.box/swdist.";
            return false;
        }
        if (!ShareAddress.TryParse($"{parts[0]}/{parts[1]}", out var share, out var bad))
        {
            problem = bad;
            return false;
        }
        location = new ShareLocation(share, parts.Length == 3 ? parts[2] : "");
        problem = "";
        return true;
    }

    public override string ToString() => Path.Length == 0 ? Share.ToString() : $"{Share}/{Path}";
}

using ActorDistribution.Node.Commands;

namespace ActorDistribution.Shell.Session;

/// <summary>
/// Tab completion for the REPL, asked of the node itself so it is right for an embedded node and behind <c>--connect</c> alike:
/// verbs and options from the node's help, entity names (sites, servers, packages, CAPs, clients) from its lists.
/// </summary>
public sealed class ShellCompletion(INodeConnection node)
{
    /// <summary>The verbs the shell answers itself, beside the node's.</summary>
    private static readonly string[] ShellVerbs = ["audit", "config", "persistence", "forced-delivery-time", "help", "exit"];

    /// <summary>Options whose value names an entity, and the verb that lists that entity.</summary>
    private static readonly Dictionary<string, string> EntityOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--site"] = "site", ["--target"] = "site", ["--source-site"] = "site", ["--servers"] = "server",
        ["--package"] = "package", ["--cap"] = "cap",
    };

    /// <summary>The verbs whose own arguments name one of their entities (<c>site show CH2</c>, <c>client log WKS01</c>).</summary>
    private static readonly HashSet<string> EntityVerbs = new(StringComparer.OrdinalIgnoreCase) { "site", "server", "package", "cap", "client" };

    /// <summary>Candidates for the last word of <paramref name="before"/> (the line up to the cursor); empty when none apply.</summary>
    public IReadOnlyList<string> Complete(string before)
    {
        var words = CommandLineWords.Split(before).ToList();
        var partial = before.Length == 0 || before.EndsWith(' ') ? "" : words.Count > 0 ? words[^1] : "";
        if (partial.Length > 0) words.RemoveAt(words.Count - 1);
        try
        {
            return Candidates(words, partial).GetAwaiter().GetResult()
                .Where(c => c.StartsWith(partial, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        }
        catch (Exception cannot) when (cannot is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            return [];  // completion is a comfort: a node that cannot answer now offers nothing
        }
    }

    private async Task<IReadOnlyList<string>> Candidates(IReadOnlyList<string> words, string partial)
    {
        if (words.Count > 0 && EntityOptions.TryGetValue(words[^1], out var listed)) return await Entities(listed);
        var verbs = words.TakeWhile(w => !w.StartsWith('-')).ToList();
        if (words.Count == 0) return [.. await Section([], "Commands:"), .. ShellVerbs];
        if (ShellVerbs.Contains(verbs.FirstOrDefault() ?? "", StringComparer.OrdinalIgnoreCase)) return [];
        if (partial.StartsWith('-')) return await Section(verbs, "Options:");
        if (verbs.Count == words.Count)
        {
            var sub = await Section(verbs, "Commands:");
            if (sub.Count > 0) return sub;
            // A sub-verb's first argument: the noun's own entities.
            if (verbs.Count == 2 && EntityVerbs.Contains(verbs[0])) return await Entities(verbs[0]);
        }
        return [];
    }

    /// <summary>The first word of each line of one section of the node's help for <paramref name="verbs"/> (its sub-verbs or options).</summary>
    private async Task<IReadOnlyList<string>> Section(IReadOnlyList<string> verbs, string heading)
    {
        var reply = await node.ExecuteAsync([.. verbs, "--help"]);
        if (!reply.Succeeded) return [];
        var found = new List<string>();
        var inside = false;
        foreach (var line in reply.Lines.SelectMany(l => l.Split('\n')))
        {
            if (line.TrimEnd() == heading) { inside = true; continue; }
            if (!inside) continue;
            if (!line.StartsWith("  ", StringComparison.Ordinal)) break;
            var first = line.TrimStart().Split("  ")[0];
            // "-?, -h, --help" and "--site <site>": each option name, without its value.
            found.AddRange(first.Split(", ").Select(name => name.Split(' ')[0]).Where(name => name.Length > 0));
        }
        return found;
    }

    /// <summary>The names a list verb shows in its table's first column (site codes, server names, package ids, CAPs, clients).</summary>
    private async Task<IReadOnlyList<string>> Entities(string verb)
    {
        var reply = await node.ExecuteAsync([verb, "list"]);
        return reply.Succeeded && reply.Tables.Count > 0
            ? reply.Tables[0].Rows.Where(r => r.Count > 0).Select(r => r[0]).Where(n => n.Length > 0 && n != "-").Distinct().ToList()
            : [];
    }
}

namespace ActorDistribution.Shell.Session;

/// <summary>The shell's global options (SPEC section 6), and the command words that follow them.</summary>
public sealed record ShellOptions
{
    public string? ConfigFile { get; init; }
    public IReadOnlyList<string> Overrides { get; init; } = [];
    public string? DataDirectory { get; init; }
    public bool Simulate { get; init; }
    public Uri? Connect { get; init; }

    /// <summary>Every node of <c>--connect a,b,c</c> (the first is <see cref="Connect"/>): the next is tried when one is down.</summary>
    public IReadOnlyList<Uri> ConnectAll { get; init; } = [];
    public string? Token { get; init; }
    public string? Script { get; init; }
    public bool Help { get; init; }

    /// <summary>A one-shot command (after <c>--</c>, or the first word that is not an option); empty for the REPL or a script.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    public const string Usage = """
        Usage: adshell [options] [-- <command ...>]
          (no command)          open the REPL on an embedded node (SQLite under ./data, wall clock)
          --config <file>       HOCON over reference.conf
          -D <path>=<value>     override one setting (repeatable)
          --data <dir>          embedded journal and shares (default ./data; ./data/sim with --simulate)
          --simulate            virtual clock: time moves only with 'clock advance'
          --connect <url>[,<url>...]  drive a running node instead of an embedded one (a cluster: the next when one is down)
          --token <t>           the running node's bearer token
          --script <file>       run a file of commands (one per line, # comments); stops at the first error
          -- <command ...>      run one command and exit (non-zero on error)
        Type 'help' in the REPL for the commands.
        """;

    /// <summary>Reads the options; a problem is reported as a message for the user, never an exception.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out ShellOptions options, out string? problem)
    {
        options = new ShellOptions();
        problem = null;
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Count) throw new FormatException($"{arg} needs a value.");
                return args[++i];
            }
            try
            {
                switch (arg)
                {
                    case "--": options = options with { Command = args.Skip(i + 1).ToList() }; i = args.Count; break;
                    case "--config": options = options with { ConfigFile = Value() }; break;
                    case "-D": overrides.Add(Value()); break;
                    case var d when d.StartsWith("-D", StringComparison.Ordinal) && d.Length > 2: overrides.Add(d[2..]); break;
                    case "--data": options = options with { DataDirectory = Value() }; break;
                    case "--simulate": options = options with { Simulate = true }; break;
                    case "--connect":
                        var urls = new List<Uri>();
                        foreach (var url in Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                                throw new FormatException($"--connect expects http(s) URLs such as http://127.0.0.1:5080 (several separated by commas), not '{url}'.");
                            urls.Add(uri);
                        }
                        if (urls.Count == 0) throw new FormatException("--connect expects an http(s) URL such as http://127.0.0.1:5080.");
                        options = options with { Connect = urls[0], ConnectAll = urls };
                        break;
                    case "--token": options = options with { Token = Value() }; break;
                    case "--script": options = options with { Script = Value() }; break;
                    case "--help" or "-h" or "-?": options = options with { Help = true }; break;
                    case var unknown when unknown.StartsWith('-'):
                        throw new FormatException($"unknown option {unknown}; the options are --config, -D, --data, --simulate, --connect, --token, --script, --help.");
                    default:
                        options = options with { Command = args.Skip(i).ToList() };
                        i = args.Count;
                        break;
                }
            }
            catch (FormatException error)
            {
                problem = error.Message;
                return false;
            }
        }
        options = options with { Overrides = overrides };
        if (options.Connect is not null && (options.Simulate || options.DataDirectory is not null))
        {
            problem = "--connect drives a running node; --simulate and --data apply to an embedded node only.";
            return false;
        }
        return true;
    }
}

using System.CommandLine;
using ActorDistribution.Hocon;

namespace ActorDistribution.Shell.Commands;

/// <summary><c>config render &lt;file&gt; [--path a.b] [--without-reference]</c>: the resolved configuration as JSON.</summary>
public static class ConfigCommands
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The HOCON file to render" };
        var path = new Option<string?>("--path") { Description = "Print only the value at this path (e.g. distribution.client)" };
        var withoutReference = new Option<bool>("--without-reference")
        {
            Description = "Render the file alone, without reference.conf beneath it",
        };

        var render = new Command("render", "Print the resolved configuration (over reference.conf) as JSON");
        render.Arguments.Add(file);
        render.Options.Add(path);
        render.Options.Add(withoutReference);
        render.SetAction(parsed => Render(parsed.GetValue(file)!, parsed.GetValue(path), parsed.GetValue(withoutReference), output, error));

        var config = new Command("config", "Inspect HOCON configuration");
        config.Subcommands.Add(render);
        return config;
    }

    private static int Render(string file, string? path, bool withoutReference, TextWriter output, TextWriter error)
    {
        try
        {
            var config = withoutReference ? ConfigFactory.ParseFile(file) : ConfigFactory.Load(file);
            output.WriteLine(path is null ? config.ToJson() : config.GetValue(path).ToJson());
            return 0;
        }
        catch (HoconException problem)
        {
            // A user's mistake: one clear line, no stack trace.
            error.WriteLine($"error: {problem.Message}");
            return 1;
        }
        catch (IOException problem)
        {
            error.WriteLine($"error: {file}: {problem.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException problem)
        {
            error.WriteLine($"error: {file}: {problem.Message}");
            return 1;
        }
    }
}

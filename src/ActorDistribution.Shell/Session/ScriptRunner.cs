namespace ActorDistribution.Shell.Session;

/// <summary>Runs a script file: one command per line, <c>#</c> comments; stops at the first error, naming its line.</summary>
public static class ScriptRunner
{
    public static async Task<int> RunAsync(ShellSession session, string file, TextWriter output, TextWriter error)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(file).ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read script {file}: {problem.Message}");
            return 1;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            output.WriteLine($"> {line}");
            var code = await session.ExecuteLineAsync(line).ConfigureAwait(false);
            if (code != 0)
            {
                error.WriteLine($"error: {file}:{i + 1}: the script stopped at this command.");
                return code;
            }
        }
        return 0;
    }
}

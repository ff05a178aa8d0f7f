namespace ActorDistribution.Shell.Tests;

/// <summary>Runs the shell in process and captures what it printed.</summary>
internal static class ShellRun
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ShellApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

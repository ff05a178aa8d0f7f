using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// The base of the verb specs: a shell on the virtual clock over a data folder of the spec's own, driven by a
/// script (each call a fresh process start on the same journal) or by one-shot commands.
/// </summary>
public abstract class SimulatedShellSpec : IDisposable
{
    protected TempDirectory Data { get; } = new();

    public void Dispose()
    {
        Data.Dispose();
        GC.SuppressFinalize(this);
    }

    protected (int Code, string Output, string Error) Script(string lines)
        => Run("--simulate", "--data", Data.Path, "--script", Data.Write($"script-{Guid.NewGuid():N}.txt", lines));

    protected (int Code, string Output, string Error) OneShot(params string[] words) => Run(["--simulate", "--data", Data.Path, "--", .. words]);

    /// <summary>A package source folder holding one setup.exe.</summary>
    protected string Source => Path.GetDirectoryName(Data.Write(Path.Combine("pkg", "setup.exe"), "setup"))!;
}

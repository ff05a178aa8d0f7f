using System.Globalization;

namespace ActorDistribution.Shell.Commands;

/// <summary>
/// "reading journal: N events" on one line of stderr, rewritten in place, while a long journal is read; only when
/// stderr is a terminal, so scripts and redirected output never see it. Disposing erases the line.
/// </summary>
internal sealed class TerminalProgress : IProgress<long>, IDisposable
{
    private readonly TextWriter _terminal;
    private int _width;

    private TerminalProgress(TextWriter terminal) => _terminal = terminal;

    /// <summary>A progress line on <paramref name="error"/> when it is the process's stderr on a terminal, else null.</summary>
    public static TerminalProgress? For(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(error) : null;

    public void Report(long value)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"reading journal: {value:N0} events");
        _width = Math.Max(_width, line.Length);
        _terminal.Write("\r" + line);
        _terminal.Flush();
    }

    public void Dispose()
    {
        if (_width == 0) return;
        _terminal.Write("\r" + new string(' ', _width) + "\r");
        _terminal.Flush();
        _width = 0;
    }
}

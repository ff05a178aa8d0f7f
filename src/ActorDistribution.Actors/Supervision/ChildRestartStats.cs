namespace ActorDistribution.Actors.Supervision;

/// <summary>How often a child restarted within the strategy's window; decides when restarting stops.</summary>
internal sealed class ChildRestartStats
{
    private int _restarts;
    private DateTimeOffset _windowStart;

    /// <param name="maxNrOfRetries">-1 for unlimited.</param>
    /// <param name="window">null for an unbounded window.</param>
    public bool RequestRestartPermission(int maxNrOfRetries, TimeSpan? window, DateTimeOffset now)
    {
        if (maxNrOfRetries == 0) return false;
        if (maxNrOfRetries < 0 && window is null) return true;
        if (window is null)
            return ++_restarts <= maxNrOfRetries;

        if (_restarts == 0 || now - _windowStart > window.Value)
        {
            _windowStart = now;
            _restarts = 1;
            return maxNrOfRetries < 0 || _restarts <= maxNrOfRetries;
        }
        _restarts++;
        return maxNrOfRetries < 0 || _restarts <= maxNrOfRetries;
    }
}

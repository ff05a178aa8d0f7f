using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Despooler;

/// <summary>
/// After a restart the package directory repeats the step whose result it had not yet recorded; the
/// users' messages of that step must not arrive twice.
/// </summary>
public sealed class RepeatedEffectSpec
{
    private readonly ManualClock _clock = new();
    private readonly InMemoryShareHost _host;
    private readonly PackageDirectoryEffects _effects;

    public RepeatedEffectSpec()
    {
        _host = new InMemoryShareHost(_clock);
        _effects = new PackageDirectoryEffects(_host, new ShareAddress("NTSRV1", "OFFICE97"), () => _clock.Now, PackageSourceReaderFor());
    }

    // Messages need no package files.
    private static PackageSourceReader PackageSourceReaderFor() => (_, _) => Task.FromResult<Stream?>(null);

    [Fact]
    public async Task A_warning_repeated_for_the_same_escalation_reaches_each_user_once()
    {
        var warn = new WarnUsers(["alice"], TimeSpan.FromMinutes(5), "2@2026-01-01T00:00:00.0000000+00:00#11");
        await _effects.PerformAsync(warn);
        await _effects.PerformAsync(warn);
        Assert.Single(_host.Messages("alice"));
    }

    [Fact]
    public async Task A_ready_notice_repeated_for_the_same_escalation_reaches_each_user_once()
    {
        var notify = new NotifyUsersReady(["alice"], "2@2026-01-01T00:00:00.0000000+00:00#11");
        await _effects.PerformAsync(notify);
        await _effects.PerformAsync(notify);
        Assert.Single(_host.Messages("alice"));
    }

    [Fact]
    public async Task A_later_escalation_warns_again()
    {
        await _effects.PerformAsync(new WarnUsers(["alice"], TimeSpan.FromMinutes(5), "2@2026-01-01T00:00:00.0000000+00:00#11"));
        await _effects.PerformAsync(new WarnUsers(["alice"], TimeSpan.FromMinutes(5), "3@2026-01-02T00:00:00.0000000+00:00#11"));
        Assert.Equal(2, _host.Messages("alice").Count);
    }
}

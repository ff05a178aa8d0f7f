namespace ActorDistribution.Console.Tests;

/// <summary>
/// The knowledge-base case (samples/stuck-lock.txt) on the original settings: the stuck lock shows on the Inboxes page
/// with its 22 locked-out clients, the workaround is done from the console's own actions, and the lock goes.
/// </summary>
public sealed class StuckLockConsoleSpec : IDisposable
{
    private const string ComponentInbox = "#inboxes tr[data-cap='CAP_DAN'][data-inbox='clicomp.box/swdist']";

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_stuck_lock_appears_on_the_inboxes_page_and_goes_after_the_remedy_done_from_the_console()
    {
        const string test = nameof(A_stuck_lock_appears_on_the_inboxes_page_and_goes_after_the_remedy_done_from_the_console);
        await using var node = await ConsoleNode.StartAsync(_data.Path, null,
            "distribution.inbox-manager.delete-attempts=1", "distribution.stuck-lock.enabled=off", "distribution.inbox-manager.copy-duration=10s");
        // The sample up to its workaround: the lock is left in clicomp.box/swdist and the clients wait.
        await node.RunLinesAsync(ConsoleNode.Sample("stuck-lock.txt").TakeWhile(words => words is not ["component", "stop", ..]));
        await using var chromium = await HeadlessChromium.LaunchAsync();

        var inboxes = await chromium.OpenAsync(node.Url + "/inboxes");
        await ConsolePage.WaitAsync(inboxes, "row => document.querySelector(row)?.dataset.lock === 'present'", "the component inbox's lock shows present", ComponentInbox);
        Assert.Equal("1 of 1", await ForcedDeliveryConsoleSpec.TextAsync(inboxes, ComponentInbox + " td:nth-child(7)"));
        Assert.StartsWith("22: WKS01, WKS02", await ForcedDeliveryConsoleSpec.TextAsync(inboxes, ComponentInbox + " td.locked-out"));
        Assert.NotEqual("-", await ForcedDeliveryConsoleSpec.TextAsync(inboxes, ComponentInbox + " td.age"));
        await HeadlessChromium.ScreenshotAsync(inboxes, test, "inboxes-stuck-lock");

        var clients = await chromium.OpenAsync(node.Url + "/clients");
        await ConsolePage.WaitAsync(clients, "() => document.querySelector(\"#clients tr[data-client='WKS01']\")?.textContent.includes('install pending (2.1)')",
            "WKS01 shows its component install pending");
        await HeadlessChromium.ScreenshotAsync(clients, test, "clients-install-pending");

        // The workaround, each step a console action sending the shell's words.
        var sites = await chromium.OpenAsync(node.Url + "/sites");
        var (stopFailed, stopped) = await ConsolePage.ActAsync(sites, "#sites tr[data-site='CH2']", "stop inbox manager");
        Assert.False(stopFailed, stopped);
        Assert.StartsWith("inbox manager of CH2: Stopped", stopped);
        var (closeFailed, closed) = await ConsolePage.ActAsync(inboxes, "#caps tr[data-cap='CAP_DAN']", "close all connections on clicomp.box/swdist");
        Assert.False(closeFailed, closed);
        Assert.StartsWith("closed 22 file(s) of WKS01", closed);
        var (startFailed, started) = await ConsolePage.ActAsync(sites, "#sites tr[data-site='CH2']", "start inbox manager");
        Assert.False(startFailed, started);
        Assert.StartsWith("inbox manager of CH2: Running", started);
        await HeadlessChromium.ScreenshotAsync(sites, test, "sites-inbox-manager-started");

        await node.RunAsync("clock", "advance", "1m");
        await ConsolePage.WaitAsync(inboxes, "row => document.querySelector(row)?.dataset.lock === 'absent'", "the component inbox's lock is gone", ComponentInbox);
        Assert.Equal("-", await ForcedDeliveryConsoleSpec.TextAsync(inboxes, ComponentInbox + " td.locked-out"));
        await HeadlessChromium.ScreenshotAsync(inboxes, test, "inboxes-lock-gone");

        await node.RunAsync("clock", "advance", "10m");
        await ConsolePage.WaitAsync(clients, "() => document.querySelector(\"#clients tr[data-client='WKS01'] td:nth-child(5)\")?.textContent === 'no'",
            "WKS01 has installed its component upgrade");
    }
}

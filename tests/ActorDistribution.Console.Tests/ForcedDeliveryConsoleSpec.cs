using System.Diagnostics;
using PuppeteerSharp;

namespace ActorDistribution.Console.Tests;

/// <summary>
/// The article's forced delivery (samples/forced-delivery.txt) driven over the node's API in simulation mode, watched in
/// a real browser: the Packages matrix reads what <c>status</c> prints at each step, and the escalation's countdown
/// follows the node's virtual clock from 22:05:00 at the first failure.
/// </summary>
public sealed class ForcedDeliveryConsoleSpec : IDisposable
{
    // The page polls every 500 ms: a change shows within one poll and a fetch; 2 s bounds a slow machine.
    private const int WithinMs = 2000;

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_packages_matrix_shows_retrying_then_warning_sent_then_installed_as_status_prints_them()
    {
        await using var node = await ConsoleNode.StartAsync(_data.Path);
        var sample = ConsoleNode.Sample("forced-delivery.txt");
        // Up to the second job and its status: alice holds setup.exe open, so version 2's first attempt has failed (t0).
        var upToT0 = sample.TakeWhile(words => words[0] != "clock").ToList();
        await node.RunLinesAsync(upToT0);
        // The node puts the matrix in the page it sends, so it is there before the script's first poll too.
        Assert.Contains("data-server=\"NTSRV1\" data-kind=\"retrying\">retrying (retry 1 of 10, next at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 22:05 UTC)</td>",
            await node.Http.GetStringAsync("/packages"));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(node.Url + "/packages");

        var retrying = await CellWhenAsync(page, "OFFICE97", "NTSRV1", "retrying (");
        Assert.Equal(await StatusAsync(node, "OFFICE97", "NTSRV1"), retrying);
        Assert.Equal("retrying (retry 1 of 10, next at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 22:05 UTC)", retrying);
        Assert.Equal("retrying", await page.EvaluateExpressionAsync<string>(Cell("OFFICE97", "NTSRV1") + ".dataset.kind"));
        await HeadlessChromium.ScreenshotAsync(page, nameof(The_packages_matrix_shows_retrying_then_warning_sent_then_installed_as_status_prints_them), "packages-retrying");

        await node.RunAsync("clock", "advance", "22h");
        var shown = Stopwatch.StartNew();
        var warned = await CellWhenAsync(page, "OFFICE97", "NTSRV1", "warning-sent (");
        var warningSeenAfter = shown.ElapsedMilliseconds;
        Assert.Equal("warning-sent (closes at 2026-01-01 22:05 UTC)", warned);
        Assert.Equal(await StatusAsync(node, "OFFICE97", "NTSRV1"), warned);
        await HeadlessChromium.ScreenshotAsync(page, nameof(The_packages_matrix_shows_retrying_then_warning_sent_then_installed_as_status_prints_them), "packages-warning-sent");

        await node.RunAsync("clock", "advance", "5m");
        shown.Restart();
        var installed = await CellWhenAsync(page, "OFFICE97", "NTSRV1", "installed (");
        var installedSeenAfter = shown.ElapsedMilliseconds;
        Assert.Equal("installed (2)", installed);
        Assert.Equal(await StatusAsync(node, "OFFICE97", "NTSRV1"), installed);
        Assert.Equal("2026-01-01 22:05:00 UTC", await page.EvaluateExpressionAsync<string>("document.getElementById('now').textContent"));
        await HeadlessChromium.ScreenshotAsync(page, nameof(The_packages_matrix_shows_retrying_then_warning_sent_then_installed_as_status_prints_them), "packages-installed");
        System.Console.WriteLine($"console: warning-sent shown {warningSeenAfter} ms and installed (2) {installedSeenAfter} ms after the command's reply");
    }

    [Fact]
    public async Task The_escalation_countdown_reads_22_05_00_at_the_first_failure_and_follows_the_virtual_clock()
    {
        await using var node = await ConsoleNode.StartAsync(_data.Path);
        var sample = ConsoleNode.Sample("forced-delivery.txt");
        await node.RunLinesAsync(sample.TakeWhile(words => words[0] != "clock"));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(node.Url + "/escalations");

        await WaitTextAsync(page, Row("OFFICE97", "NTSRV1") + " td.countdown", "22:05:00");
        Assert.Equal("retry 1 of 10", await TextAsync(page, Row("OFFICE97", "NTSRV1") + " td.retry"));
        Assert.Equal("2026-01-01 00:00:00 UTC", await TextAsync(page, Row("OFFICE97", "NTSRV1") + " td.t0"));
        Assert.Equal("2026-01-01 22:05:00 UTC", await TextAsync(page, Row("OFFICE97", "NTSRV1") + " td.forced-at"));
        await HeadlessChromium.ScreenshotAsync(page, nameof(The_escalation_countdown_reads_22_05_00_at_the_first_failure_and_follows_the_virtual_clock), "escalations-t0");

        await node.RunAsync("clock", "advance", "4h");
        await WaitTextAsync(page, Row("OFFICE97", "NTSRV1") + " td.countdown", "18:05:00");
        Assert.Equal("retry 3 of 10", await TextAsync(page, Row("OFFICE97", "NTSRV1") + " td.retry"));

        await node.RunAsync("clock", "advance", "18h");
        await WaitTextAsync(page, Row("OFFICE97", "NTSRV1") + " td.countdown", "00:05:00");
        // A poll may land while the advance is still settling (the clock at 22:00, the warning not yet written): wait for it.
        await WaitTextAsync(page, Row("OFFICE97", "NTSRV1") + " td.users-warned", "alice");
        await HeadlessChromium.ScreenshotAsync(page, nameof(The_escalation_countdown_reads_22_05_00_at_the_first_failure_and_follows_the_virtual_clock), "escalations-warned");

        await node.RunAsync("clock", "advance", "5m");
        await page.WaitForSelectorAsync("#no-escalations", new WaitForSelectorOptions { Timeout = WithinMs });
    }

    [Fact]
    public async Task Every_page_renders_after_the_run_and_the_journal_page_shows_a_timeline_and_audit_verify()
    {
        await using var node = await ConsoleNode.StartAsync(_data.Path);
        await node.RunLinesAsync(ConsoleNode.Sample("forced-delivery.txt"));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        const string test = nameof(Every_page_renders_after_the_run_and_the_journal_page_shows_a_timeline_and_audit_verify);

        var sites = await chromium.OpenAsync(node.Url + "/sites");
        await sites.WaitForSelectorAsync("#sites tr[data-site='CH2']", new WaitForSelectorOptions { Timeout = WithinMs });
        Assert.Equal("running", await TextAsync(sites, "#sites tr[data-site='CH2'] td.component"));
        await HeadlessChromium.ScreenshotAsync(sites, test, "sites");

        foreach (var name in new[] { "escalations", "inboxes", "clients" })
        {
            var other = await chromium.OpenAsync(node.Url + "/" + name);
            await other.WaitForFunctionAsync("() => document.body.dataset.rendered !== undefined", new WaitForFunctionOptions { Timeout = WithinMs });
            Assert.True(await other.EvaluateExpressionAsync<bool>("document.getElementById('page-error').hidden"), $"the {name} page shows an error");
            await HeadlessChromium.ScreenshotAsync(other, test, name);
        }

        var root = await chromium.OpenAsync(node.Url + "/");
        Assert.Equal("installed (2)", await CellWhenAsync(root, "OFFICE97", "NTSRV1", "installed ("));

        var journal = await chromium.OpenAsync(node.Url + "/journal");
        await journal.TypeAsync("#entity", "pkgdir/NTSRV1/OFFICE97");
        await journal.ClickAsync("#show-timeline");
        await journal.WaitForFunctionAsync("() => document.getElementById('journal-output').textContent.includes('pkgdir/NTSRV1/OFFICE97 #1')",
            new WaitForFunctionOptions { Timeout = 10_000 });
        await journal.ClickAsync("#audit-verify");
        await journal.WaitForFunctionAsync("() => document.getElementById('verify-output').textContent.includes('no violations in')",
            new WaitForFunctionOptions { Timeout = 10_000 });
        await HeadlessChromium.ScreenshotAsync(journal, test, "journal");
    }

    /// <summary>What <c>status &lt;package&gt;</c> answers for one server over the API: the text the cell must hold.</summary>
    private static async Task<string> StatusAsync(ConsoleNode node, string package, string server)
    {
        var reply = await node.RunAsync("status", package);
        return Assert.Single(reply.Tables[0].Rows, row => row[0] == server)[2];
    }

    private static string Cell(string package, string server) =>
        $"document.querySelector(\"#packages tr[data-package='{package}'] td[data-server='{server}']\")";

    private static string Row(string package, string server) => $"#escalations tr[data-package='{package}'][data-server='{server}']";

    /// <summary>The cell's text once it starts with <paramref name="prefix"/>, waiting at most <see cref="WithinMs"/>.</summary>
    private static async Task<string> CellWhenAsync(IPage page, string package, string server, string prefix)
    {
        try
        {
            await page.WaitForFunctionAsync($"prefix => {{ const c = {Cell(package, server)}; return c !== null && c.textContent.startsWith(prefix); }}",
                new WaitForFunctionOptions { Timeout = WithinMs, PollingInterval = 25 }, prefix);
        }
        catch (WaitTaskTimeoutException)
        {
            var now = await page.EvaluateExpressionAsync<string>($"({Cell(package, server)} || {{ textContent: '(no cell)' }}).textContent");
            Assert.Fail($"the Packages page's {package} x {server} cell did not read '{prefix}...' within {WithinMs} ms; it reads '{now}'");
        }
        return await page.EvaluateExpressionAsync<string>(Cell(package, server) + ".textContent");
    }

    private static async Task WaitTextAsync(IPage page, string selector, string text)
    {
        try
        {
            await page.WaitForFunctionAsync("(selector, text) => { const e = document.querySelector(selector); return e !== null && e.textContent === text; }",
                new WaitForFunctionOptions { Timeout = WithinMs, PollingInterval = 25 }, selector, text);
        }
        catch (WaitTaskTimeoutException)
        {
            Assert.Fail($"{selector} did not read '{text}' within {WithinMs} ms; it reads '{await TextOrNoneAsync(page, selector)}'");
        }
    }

    internal static Task<string> TextAsync(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("selector => document.querySelector(selector).textContent", selector);

    private static Task<string> TextOrNoneAsync(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("selector => { const e = document.querySelector(selector); return e === null ? '(none)' : e.textContent; }", selector);
}

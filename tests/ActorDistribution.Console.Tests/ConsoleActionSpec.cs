namespace ActorDistribution.Console.Tests;

/// <summary>An action the node refuses shows its error on the page, worded as the shell words it.</summary>
public sealed class ConsoleActionSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_refused_action_shows_the_nodes_error_on_the_page()
    {
        await using var node = await ConsoleNode.StartAsync(_data.Path);
        await node.RunAsync("site", "add", "CH2");
        var shell = await node.TryAsync("component", "start", "despooler", "--site", "CH2");
        Assert.NotNull(shell.Error);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var sites = await chromium.OpenAsync(node.Url + "/sites");

        var (failed, output) = await ConsolePage.ActAsync(sites, "#sites tr[data-site='CH2']", "start despooler");

        Assert.True(failed, $"the refused start shows as failed; it shows: {output}");
        Assert.Equal("error: " + shell.Error, output);
        Assert.Contains("already running", output);
        await HeadlessChromium.ScreenshotAsync(sites, nameof(A_refused_action_shows_the_nodes_error_on_the_page), "sites-action-error");
    }

    [Fact]
    public async Task A_cancelled_action_is_not_sent()
    {
        await using var node = await ConsoleNode.StartAsync(_data.Path);
        await node.RunAsync("site", "add", "CH2");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var sites = await chromium.OpenAsync(node.Url + "/sites");
        await ConsolePage.WaitAsync(sites, "() => document.querySelector(\"#sites tr[data-site='CH2'] button.action\") !== null", "the site's actions");

        await sites.EvaluateExpressionAsync("[...document.querySelectorAll('#sites button.action')].find(b => b.textContent === 'pause despooler').click()");
        await sites.ClickAsync("#confirm-no");

        Assert.True(await sites.EvaluateExpressionAsync<bool>("document.getElementById('action-result').hidden"));
        var site = await node.RunAsync("site", "show", "CH2");
        Assert.Equal("Site CH2 (despooler running)", site.Tables[0].Title);
    }
}

using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace ActorDistribution.Console.Tests;

/// <summary>
/// Bound off loopback, the node's console wants the token like its API: 401 without it, the bearer header or the login
/// form's cookie with it. The node listens on this machine's network address (0.0.0.0) and is reached there.
/// </summary>
public sealed class ConsoleTokenSpec : IDisposable
{
    private const string Token = "console-spec-token";

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Off_loopback_the_console_and_its_json_answer_401_without_the_token()
    {
        await using var node = await ConsoleNode.StartAsync(_data.Path, Token, "node.http.host=0.0.0.0", $"node.http.token={Token}");
        using var anonymous = new HttpClient { BaseAddress = new Uri($"http://{NetworkAddress()}:{node.Port}") };

        foreach (var path in new[] { "/", "/packages", "/escalations", "/api/console/packages", "/api/console/inboxes", "/console/console.js" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        var action = await anonymous.PostAsync("/api/commands", new StringContent("""{"words": ["component", "stop", "inbox-manager", "--site", "CH2"]}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, action.StatusCode);

        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/api/console/packages") { Headers = { Authorization = new("Bearer", Token) } };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(withToken)).StatusCode);
    }

    [Fact]
    public async Task Off_loopback_a_browser_logs_in_with_the_token_and_then_sees_the_packages()
    {
        const string test = nameof(Off_loopback_a_browser_logs_in_with_the_token_and_then_sees_the_packages);
        await using var node = await ConsoleNode.StartAsync(_data.Path, Token, "node.http.host=0.0.0.0", $"node.http.token={Token}");
        await node.RunAsync("site", "add", "CH2");
        await node.RunAsync("server", "add", "NTSRV1", "--site", "CH2");
        await node.RunAsync("package", "add", "OFFICE97", "--source", RepositoryRoot.Combine("src", "ActorDistribution.Shell", "samples", "office97", "v1"));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var url = $"http://{NetworkAddress()}:{node.Port}";
        var page = await chromium.Browser.NewPageAsync();

        var refused = await page.GoToAsync(url + "/packages");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.NotNull(await page.QuerySelectorAsync("form input#token"));
        await HeadlessChromium.ScreenshotAsync(page, test, "login");

        await page.TypeAsync("#token", "not-the-token");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.EvaluateExpressionAsync("document.getElementById('login').click()"));
        Assert.Contains("not the node's token", await page.EvaluateExpressionAsync<string>("document.getElementById('login-error').textContent"));

        await page.TypeAsync("#token", Token);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.EvaluateExpressionAsync("document.getElementById('login').click()"));
        Assert.EndsWith("/packages", page.Url);
        await ConsolePage.WaitAsync(page, "() => document.querySelector(\"#packages tr[data-package='OFFICE97'] td[data-server='NTSRV1']\")?.textContent === 'none'",
            "the logged-in browser sees OFFICE97 (never sent: none) on NTSRV1");
        await HeadlessChromium.ScreenshotAsync(page, test, "packages-after-login");
    }

    /// <summary>An IPv4 address of this machine other than loopback, or loopback when it has none (the token rule is the same).</summary>
    private static IPAddress NetworkAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? IPAddress.Loopback;
}

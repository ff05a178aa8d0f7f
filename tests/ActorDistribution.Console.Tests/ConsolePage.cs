using PuppeteerSharp;

namespace ActorDistribution.Console.Tests;

/// <summary>What the console's tests do on a page: wait for text, press an action and confirm it, read its reply.</summary>
internal static class ConsolePage
{
    // The page polls every 500 ms: a change shows within one poll and a fetch; 2 s bounds a slow machine.
    public const int WithinMs = 2000;

    /// <summary>Waits on the page in front: chromium throttles a background tab's timers, and with them the page's polling.</summary>
    public static async Task WaitAsync(IPage page, string condition, string expectation, params object[] args)
    {
        await page.BringToFrontAsync();
        try
        {
            await page.WaitForFunctionAsync(condition, new WaitForFunctionOptions { Timeout = WithinMs, PollingInterval = 25 }, args);
        }
        catch (WaitTaskTimeoutException)
        {
            var content = await page.EvaluateExpressionAsync<string>("document.getElementById('content').innerText");
            Assert.Fail($"{expectation} within {WithinMs} ms; the page shows:\n{content}");
        }
    }

    /// <summary>Presses the action button labelled <paramref name="label"/> in the row, confirms, and returns the reply shown (and whether it failed).</summary>
    public static async Task<(bool Failed, string Output)> ActAsync(IPage page, string rowSelector, string label)
    {
        await WaitAsync(page, "(row, label) => [...document.querySelectorAll(row + ' button.action')].some(b => b.textContent === label)",
            $"a '{label}' button in {rowSelector}", rowSelector, label);
        await page.EvaluateFunctionAsync("(row, label) => [...document.querySelectorAll(row + ' button.action')].find(b => b.textContent === label).click()", rowSelector, label);
        Assert.False(await page.EvaluateExpressionAsync<bool>("document.getElementById('confirm').hidden"), $"'{label}' asks to confirm before it is sent");
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('action-result').hidden"), $"'{label}' is not sent before it is confirmed");
        await page.EvaluateExpressionAsync("document.getElementById('confirm-yes').click()");
        await page.WaitForFunctionAsync("() => ['succeeded', 'failed'].includes(document.getElementById('action-result').className)",
            new WaitForFunctionOptions { Timeout = 30_000 });
        return (await page.EvaluateExpressionAsync<string>("document.getElementById('action-result').className") == "failed",
            await page.EvaluateExpressionAsync<string>("document.getElementById('action-output').textContent"));
    }
}

namespace ActorDistribution.Console.Tests;

/// <summary>Without Debian's chromium the console's tests fail saying how to install it; they are never skipped.</summary>
public sealed class HeadlessChromiumSpec
{
    [Fact]
    public async Task A_missing_chromium_fails_with_the_line_that_installs_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-chromium-" + Guid.NewGuid().ToString("N"));

        var problem = await Assert.ThrowsAsync<InvalidOperationException>(() => HeadlessChromium.LaunchAsync(missing));

        Assert.Equal($"chromium is not installed at {missing}; the console's tests need a real browser: apt-get install -y chromium (.ci/run does it as root)", problem.Message);
    }
}

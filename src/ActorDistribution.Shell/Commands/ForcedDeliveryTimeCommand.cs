using System.CommandLine;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Hocon;

namespace ActorDistribution.Shell.Commands;

/// <summary><c>forced-delivery-time --response fast --retries 10 --delay 5m</c>: when a forced delivery happens, x·(y+1)+z after the first failed attempt.</summary>
public static class ForcedDeliveryTimeCommand
{
    public static Command Create(TextWriter output, TextWriter error, Config config)
    {
        var response = new Option<string>("--response") { Description = "very-fast | fast | medium | slow", Required = true };
        var retries = new Option<int>("--retries") { Description = "retries-before-forced-disconnection (y)", Required = true };
        var delay = new Option<string>("--delay") { Description = "forced-disconnection-delay (z): minutes, or a duration such as 5m", Required = true };

        var command = new Command("forced-delivery-time", "When a forced delivery happens after the first failed attempt: x·(y+1)+z");
        command.Options.Add(response);
        command.Options.Add(retries);
        command.Options.Add(delay);
        command.SetAction(parsed =>
        {
            if (!ResponseModeNames.TryParse(parsed.GetValue(response), out var mode, out var badMode)) return Fail(error, badMode);
            if (!SiteSettingValues.TryParseRetriesBeforeForcedDisconnection(parsed.GetValue(retries).ToString(), out var y, out var badRetries)) return Fail(error, badRetries);
            if (!SiteSettingValues.TryParseForcedDisconnectionDelay(parsed.GetValue(delay), out var z, out var badDelay)) return Fail(error, badDelay);
            var x = RetryInterval.Of(mode, DespoolerOptions.From(config));
            var time = ForcedDeliveryTime.Compute(x, y, z);
            output.WriteLine($"{mode.ToWord()}: x = {x.TotalMinutes:0} min, y = {y}, z = {z.TotalMinutes:0} min -> {ForcedDeliveryTime.Format(time)} ({time.TotalMinutes:0} min)");
            return 0;
        });
        return command;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return 1;
    }
}

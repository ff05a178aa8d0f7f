using System.Text.RegularExpressions;
using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Tests.Jobs;

/// <summary>Issue 15: the command line a run-command-on-workstation job carries is journalled; journals written before it replay.</summary>
public sealed class JobDefinitionSpec
{
    private static readonly EventCodec Codec = new EventCodec().RegisterAssembly(typeof(Job).Assembly);
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static JobDefinition Definition(string? command) =>
        new("1", JobType.RunCommandOnWorkstation, "OFFICE97", "1", [], null, [new JobTarget("CH2", ["NTSRV1"])], command);

    [Fact]
    public void The_command_line_round_trips_through_the_journal_and_reaches_the_order()
    {
        var (manifest, json) = Codec.Serialize(new JobCreated(T0, Definition("setup.exe /q")));

        var replayed = ((JobCreated)Codec.Deserialize(manifest, json)).Definition;

        Assert.Equal("setup.exe /q", replayed.Command);
        Assert.Equal("setup.exe /q", replayed.OrderFor(replayed.Targets[0]).Command);
    }

    [Fact]
    public void A_job_created_event_written_before_the_command_line_existed_replays_without_one()
    {
        var (manifest, json) = Codec.Serialize(new JobCreated(T0, Definition(null)));
        var old = Regex.Replace(System.Text.Encoding.UTF8.GetString(json), @",\s*""[Cc]ommand""\s*:\s*null", "");
        Assert.DoesNotContain("\"command\"", old, StringComparison.OrdinalIgnoreCase);

        var replayed = ((JobCreated)Codec.Deserialize(manifest, System.Text.Encoding.UTF8.GetBytes(old))).Definition;

        Assert.Null(replayed.Command);
        Assert.Equal("OFFICE97", replayed.Package);
    }
}

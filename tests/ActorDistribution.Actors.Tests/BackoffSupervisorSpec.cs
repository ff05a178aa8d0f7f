using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Supervision;

namespace ActorDistribution.Actors.Tests;

public sealed class BackoffSupervisorSpec : TestKit.TestKit
{
    private IActorRef _supervisor = ActorRefs.Nobody;

    private IActorRef Start(BackoffOptions options) => _supervisor = Sys.ActorOf(BackoffSupervisor.Props(options), "backoff");

    private Props Child() => Props.Create(() => new LifecycleReporter(TestActor, "child"));

    [Fact]
    public void OnStop_restarts_the_child_after_exponential_delays_on_the_virtual_clock()
    {
        Start(Backoff.OnStop(Child(), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0));
        ExpectMsg("child:pre-start");

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            Sys.Stop(CurrentChild());
            ExpectMsg("child:post-stop");
            var stoppedAt = Clock.UtcNow;
            while (Probe.QueueCount == 0) Advance(TimeSpan.FromMilliseconds(100));
            ExpectMsg("child:pre-start");
            delays.Add(Clock.UtcNow - stoppedAt);
        }
        Assert.Equal(new[] { 1, 2, 4, 8, 10 }.Select(s => TimeSpan.FromSeconds(s)), delays);
    }

    [Fact]
    public void OnFailure_restarts_after_the_delay_and_a_voluntary_stop_ends_the_supervisor()
    {
        var supervisor = Start(Backoff.OnFailure(Child(), "child", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30), 0));
        ExpectMsg("child:pre-start");
        supervisor.Tell(new InvalidOperationException("disk full"), TestActor);  // forwarded to the child, which throws
        ExpectMsg("child:post-stop");
        ExpectNoMsg(TimeSpan.FromMilliseconds(2999));
        Advance(TimeSpan.FromMilliseconds(1));
        ExpectMsg("child:pre-start");

        Watch(supervisor);
        Sys.Stop(CurrentChild());
        ExpectMsg("child:post-stop");
        ExpectTerminated(supervisor);
    }

    [Fact]
    public void The_supervisor_gives_up_after_the_retry_limit()
    {
        var supervisor = Start(Backoff.OnStop(Child(), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 0, maxNrOfRetries: 2));
        Watch(supervisor);
        ExpectMsg("child:pre-start");
        for (var i = 0; i < 2; i++)
        {
            Sys.Stop(CurrentChild());
            ExpectMsg("child:post-stop");
            Advance(TimeSpan.FromSeconds(1));
            ExpectMsg("child:pre-start");
        }
        Sys.Stop(CurrentChild());
        ExpectMsg("child:post-stop");
        ExpectTerminated(supervisor);
    }

    [Fact]
    public void A_child_that_ran_for_the_reset_period_starts_again_from_the_minimum_delay()
    {
        var supervisor = Start(Backoff.OnStop(Child(), "child", TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), 0)
            .WithAutoReset(TimeSpan.FromSeconds(30)));
        ExpectMsg("child:pre-start");
        for (var i = 0; i < 3; i++)
        {
            Sys.Stop(CurrentChild());
            ExpectMsg("child:post-stop");
            Advance(TimeSpan.FromSeconds(Math.Pow(2, i)));
            ExpectMsg("child:pre-start");
        }
        Assert.Equal(3, RestartCount(supervisor));
        Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, RestartCount(supervisor));
        Sys.Stop(CurrentChild());
        ExpectMsg("child:post-stop");
        Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("child:pre-start");
    }

    [Fact]
    public void The_random_factor_stretches_delays_within_its_bound()
    {
        var options = Backoff.OnStop(Child(), "child", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), 0.5)
            .WithRandom(new Random(7));
        var delays = Enumerable.Range(0, 50).Select(options.DelayFor).ToList();
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15)));
        Assert.True(delays.Distinct().Count() > 1, "the random factor should vary the delays");
    }

    private IActorRef CurrentChild()
    {
        var asker = CreateTestProbe();
        _supervisor.Tell(BackoffSupervisor.GetCurrentChild.Instance, asker.Ref);
        return asker.ExpectMsg<BackoffSupervisor.CurrentChild>().Ref ?? throw new InvalidOperationException("no child is running");
    }

    private int RestartCount(IActorRef supervisor)
    {
        supervisor.Tell(BackoffSupervisor.GetRestartCount.Instance, TestActor);
        return ExpectMsg<BackoffSupervisor.RestartCount>().Count;
    }
}

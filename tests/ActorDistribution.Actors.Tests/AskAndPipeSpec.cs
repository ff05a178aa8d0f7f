using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Dispatch;

namespace ActorDistribution.Actors.Tests;

public sealed class AskAndPipeSpec : TestKit.TestKit
{
    [Fact]
    public async Task Ask_returns_the_reply()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>(), "echo");
        Assert.Equal("ping", await echo.Ask<string>("ping", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Ask_times_out_on_the_system_clock_when_nobody_replies()
    {
        var silent = Sys.ActorOf(Props.Create<Silent>(), "silent");
        var asking = silent.Ask<string>("ping", TimeSpan.FromSeconds(5));
        Advance(TimeSpan.FromSeconds(4));
        Assert.False(asking.IsCompleted);
        Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => asking);
        Assert.Contains("/user/silent", error.Message);
    }

    [Fact]
    public async Task A_Status_Failure_reply_fails_the_ask_with_its_cause()
    {
        var failing = Sys.ActorOf(Props.Create<RepliesFailure>(), "failing");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.Ask<string>("ping", TimeSpan.FromSeconds(5)));
        Assert.Equal("no", error.Message);
    }

    [Fact]
    public async Task A_reply_of_the_wrong_type_fails_the_ask()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>(), "echo");
        await Assert.ThrowsAsync<InvalidCastException>(() => echo.Ask<int>("ping", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void PipeTo_delivers_a_result_and_a_failure_as_messages()
    {
        Task.FromResult(42).PipeTo(TestActor);
        ExpectMsg(42);
        Task.FromException<int>(new InvalidOperationException("copy failed")).PipeTo(TestActor);
        Assert.Equal("copy failed", ExpectMsg<Status.Failure>().Cause.Message);
    }

    [Fact]
    public void PipeTo_maps_outcomes_with_the_given_functions()
    {
        var source = new TaskCompletionSource<int>();
        source.Task.PipeTo(TestActor, success: n => $"copied {n}", failure: e => $"failed: {e.Message}");
        ExpectNoMsg();
        source.SetResult(3);
        ExpectMsg("copied 3");
    }

    [Fact]
    public void Forward_keeps_the_original_sender()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>(), "echo");
        var forwarder = Sys.ActorOf(Props.Create(() => new Forwarder(echo)), "forwarder");
        forwarder.Tell("hello", TestActor);
        ExpectMsg("hello");
        Assert.Equal(echo, LastSender);
    }

    private sealed class Silent : ReceiveActor
    {
        public Silent() => ReceiveAny(_ => { });
    }

    private sealed class RepliesFailure : ReceiveActor
    {
        public RepliesFailure() => ReceiveAny(_ => Sender.Tell(new Status.Failure(new InvalidOperationException("no")), Self));
    }

    private sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef to) => ReceiveAny(m => to.Forward(m));
    }
}

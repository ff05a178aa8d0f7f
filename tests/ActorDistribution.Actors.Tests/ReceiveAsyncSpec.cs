using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Tests;

public sealed class ReceiveAsyncSpec : TestKit.TestKit
{
    [Fact]
    public void The_mailbox_waits_until_the_async_handler_ends()
    {
        var gate = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new AsyncWorker(gate.Task, TestActor)), "worker");
        actor.Tell("slow", TestActor);
        actor.Tell("quick", TestActor);
        ExpectMsg("started slow");
        ExpectNoMsg();  // "quick" waits behind the awaited handler
        gate.SetResult();
        ExpectMsg("finished slow, sender kept");
        ExpectMsg("quick");
    }

    [Fact]
    public void A_faulted_async_handler_goes_to_supervision()
    {
        var gate = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new AsyncWorker(gate.Task, TestActor)), "worker");
        actor.Tell("fail-later", TestActor);
        ExpectMsg("started fail-later");
        gate.SetResult();
        ExpectMsg("restarted");
    }

    private sealed class AsyncWorker : ReceiveActor
    {
        public AsyncWorker(Task gate, IActorRef probe)
        {
            _probe = probe;
            ReceiveAsync<string>(async s =>
            {
                if (s == "quick")
                {
                    Sender.Tell("quick", Self);
                    return;
                }
                var requester = Sender;
                Sender.Tell("started " + s, Self);
                await gate;
                if (s == "fail-later") throw new InvalidOperationException("async failure");
                // After the await we are back in the actor, with the same sender.
                Sender.Tell(ReferenceEquals(Sender, requester) ? "finished slow, sender kept" : "sender lost", Self);
            });
        }

        private readonly IActorRef _probe;

        protected internal override void PostRestart(Exception reason) => _probe.Tell("restarted", null);
    }
}

using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Tests;

public sealed class MailboxOrderingSpec : TestKit.TestKit
{
    [Fact]
    public void Messages_of_each_sender_arrive_in_order_and_none_is_lost_under_1000_concurrent_senders()
    {
        const int senders = 1000;
        const int perSender = 100;
        var collector = Sys.ActorOf(Props.Create(() => new OrderChecker(senders * perSender, TestActor)), "collector");

        Parallel.For(0, senders, new ParallelOptions { MaxDegreeOfParallelism = 8 }, s =>
        {
            for (var i = 0; i < perSender; i++) collector.Tell(new Numbered(s, i), null);
        });

        var result = ExpectMsg<string>(TimeSpan.FromSeconds(30));
        Assert.Equal($"ok {senders * perSender}", result);
    }

    [Fact]
    public void An_actor_processes_one_message_at_a_time()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ConcurrencyDetector(TestActor)), "detector");
        Parallel.For(0, 10_000, i => actor.Tell(i, null));
        actor.Tell("done", null);
        Assert.Equal(1, ExpectMsg<int>(TimeSpan.FromSeconds(30)));
    }

    private sealed record Numbered(int Sender, int Index);

    private sealed class OrderChecker : ReceiveActor
    {
        public OrderChecker(int expected, IActorRef report)
        {
            var next = new Dictionary<int, int>();
            var count = 0;
            Receive<Numbered>(n =>
            {
                next.TryGetValue(n.Sender, out var want);
                if (n.Index != want) report.Tell($"out of order: sender {n.Sender} sent {n.Index}, expected {want}", Self);
                next[n.Sender] = n.Index + 1;
                if (++count == expected) report.Tell($"ok {count}", Self);
            });
        }
    }

    private sealed class ConcurrencyDetector : ReceiveActor
    {
        private int _inside;
        private int _maxInside;

        public ConcurrencyDetector(IActorRef report)
        {
            Receive<int>(_ =>
            {
                var now = Interlocked.Increment(ref _inside);
                _maxInside = Math.Max(_maxInside, now);
                Thread.SpinWait(20);
                Interlocked.Decrement(ref _inside);
            });
            Receive<string>(_ => report.Tell(_maxInside, Self));
        }
    }
}

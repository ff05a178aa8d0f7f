using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Supervision;

namespace ActorDistribution.Actors.Tests;

public sealed class ActorLifecycleSpec : TestKit.TestKit
{
    [Fact]
    public void Children_get_unique_hierarchical_paths()
    {
        var sites = Sys.ActorOf(Props.Create(() => new Supervisor(SupervisorStrategy.Default)), "sites");
        sites.Tell((Props.Create<Echo>(), "CH2"), TestActor);
        var ch2 = ExpectMsg<IActorRef>();
        Assert.Equal("/user/sites/CH2", ch2.Path.ToString());

        sites.Tell((Props.Create<Echo>(), "CH2"), TestActor);
        ExpectNoMsg();  // the duplicate name failed the parent instead of creating a second CH2
    }

    [Fact]
    public void A_duplicate_top_level_name_is_refused()
    {
        Sys.ActorOf(Props.Create<Echo>(), "despooler");
        var error = Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Echo>(), "despooler"));
        Assert.Contains("despooler", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$reserved")]
    [InlineData("a/b")]
    public void Malformed_names_are_refused(string name)
        => Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Echo>(), name));

    [Fact]
    public async Task Terminate_stops_children_depth_first_and_runs_PostStop()
    {
        // Recorded outside the actor world: the probes themselves stop with the system.
        var stopped = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var parent = Sys.ActorOf(Props.Create(() => new Recorder(stopped, "parent", 2)), "parent");
        var other = Sys.ActorOf(Props.Create(() => new Recorder(stopped, "other", 0)), "other");
        parent.Tell("ready?", TestActor);
        ExpectMsg("ready");
        other.Tell("ready?", TestActor);
        ExpectMsg("ready");

        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(10));

        var order = stopped.ToList();
        Assert.Equal(new[] { "other", "parent", "parent/0", "parent/0/0", "parent/0/1", "parent/1", "parent/1/0", "parent/1/1" }, order.Order());
        // Depth-first: every actor's PostStop runs after its children's.
        foreach (var name in order)
            Assert.All(order.Where(n => n.StartsWith(name + "/")), child => Assert.True(order.IndexOf(child) < order.IndexOf(name), $"{child} should stop before {name}"));
    }

    private sealed class Recorder : ReceiveActor
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _stopped;
        private readonly string _name;

        public Recorder(System.Collections.Concurrent.ConcurrentQueue<string> stopped, string name, int depth)
        {
            _stopped = stopped;
            _name = name;
            if (depth > 0)
                for (var i = 0; i < 2; i++)
                {
                    var childName = $"{name}/{i}";  // the factory runs later: capture this iteration's name
                    Context.ActorOf(Props.Create(() => new Recorder(stopped, childName, depth - 1)), i.ToString());
                }
            Receive<string>(_ => Sender.Tell("ready", Self));
        }

        protected internal override void PostStop() => _stopped.Enqueue(_name);
    }

    [Fact]
    public void An_exception_in_the_constructor_stops_the_actor()
    {
        var failing = Sys.ActorOf(Props.Create<ThrowsInConstructor>(), "failing");
        Watch(failing);
        ExpectTerminated(failing);
    }

    [Fact]
    public void Context_exposes_parent_children_and_child_by_name()
    {
        var parent = Sys.ActorOf(Props.Create<FamilyReporter>(), "family");
        parent.Tell("report", TestActor);
        var report = ExpectMsg<string>();
        Assert.Equal("parent=/user self=/user/family children=a,b child(a)=/user/family/a child(zz)=Nobody", report);
    }

    private sealed class ThrowsInConstructor : ReceiveActor
    {
        public ThrowsInConstructor() => throw new InvalidOperationException("cannot start");
    }

    private sealed class FamilyReporter : ReceiveActor
    {
        public FamilyReporter()
        {
            Context.ActorOf(Props.Create<Echo>(), "a");
            Context.ActorOf(Props.Create<Echo>(), "b");
            Receive<string>(_ => Sender.Tell(
                $"parent={Context.Parent.Path} self={Self.Path} children={string.Join(',', Context.Children.Select(c => c.Path.Name).Order())} " +
                $"child(a)={Context.Child("a").Path} child(zz)={Context.Child("zz")}", Self));
        }
    }
}

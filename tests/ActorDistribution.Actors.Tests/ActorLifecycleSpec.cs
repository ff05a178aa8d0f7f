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
        var parent = Sys.ActorOf(Props.Create(() => new LifecycleReporter(TestActor, "parent")), "parent");
        ExpectMsg("parent:pre-start");
        parent.Tell(new LifecycleReporter.SpawnChild("child"), TestActor);
        ExpectMsg("child:pre-start");

        var probe = CreateTestProbe();
        var grandchildHolder = Sys.ActorOf(Props.Create(() => new LifecycleReporter(probe.Ref, "other")), "other");
        probe.ExpectMsg("other:pre-start");

        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(Sys.WhenTerminated.IsCompleted);
        // The child's PostStop precedes its parent's.
        Assert.Equal(new object[] { "child:post-stop", "parent:post-stop" }, ReceiveN(2));
        probe.ExpectMsg("other:post-stop");
        _ = grandchildHolder;
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

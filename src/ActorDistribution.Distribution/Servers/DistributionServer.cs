using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Time;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Servers;

/// <summary>A distribution server (server/NAME) and the site it belongs to; its package directories are entities of their own.</summary>
public sealed class DistributionServer : DomainActor
{
    private readonly string _name;
    private string? _site;

    public DistributionServer(string name)
    {
        _name = name;
        PersistenceId = PersistenceIds.DistributionServer(name);

        Recover<DistributionServerAdded>(e => _site = e.Site);

        Command<AddServer>(add =>
        {
            if (_site is not null)
            {
                Sender.Tell(new Rejected($"server {_name} already exists (site {_site})"), Self);
                return;
            }

            var replyTo = Sender;
            Persist(new DistributionServerAdded(Context.System.Scheduler.Now, _name, add.Site), e =>
            {
                _site = e.Site;
                replyTo.Tell(new ServerView(_name, e.Site), Self);
            });
        });
    }

    public override string PersistenceId { get; }
}

using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Time;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Sites;

/// <summary>
/// A site (site/CODE): keeps its configured settings as events. The despooler of the site asks for them
/// when it starts or continues; until then it runs by what it loaded earlier.
/// </summary>
public sealed class Site : DomainActor
{
    private readonly string _code;
    private SiteSettings? _settings;

    public Site(string code)
    {
        _code = code;
        PersistenceId = PersistenceIds.Site(code);

        Recover<SiteAdded>(e => _settings = e.Settings);
        Recover<SiteSettingsChanged>(e => _settings = e.Settings);

        Command<AddSite>(Add);
        Command<SetSiteSettings>(Set);
        Command<GetSiteSettings>(_ => Sender.Tell(_settings is null ? Unknown() : new SiteSettingsReport(_code, _settings), Self));
    }

    public override string PersistenceId { get; }

    protected override IReadOnlyList<string> TagsFor(object @event) => [$"site:{_code}"];

    private void Add(AddSite add)
    {
        if (_settings is not null)
        {
            Sender.Tell(new Rejected($"site {_code} already exists"), Self);
            return;
        }

        var settings = SiteSettings.Defaults(DistributionRuntime.Get(Context.System).Config);
        if (add.Response is not null)
        {
            if (!ResponseModeNames.TryParse(add.Response, out var response, out var error))
            {
                Sender.Tell(new Rejected(error), Self);
                return;
            }

            settings = settings with { Response = response };
        }

        var replyTo = Sender;
        Persist(new SiteAdded(Context.System.Scheduler.Now, _code, settings), e =>
        {
            _settings = e.Settings;
            replyTo.Tell(new SiteSettingsReport(_code, e.Settings), Self);
        });
    }

    private void Set(SetSiteSettings set)
    {
        if (_settings is null)
        {
            Sender.Tell(Unknown(), Self);
            return;
        }

        if (!SiteAssignments.TryApply(_settings, set.Assignments, out var updated, out var error))
        {
            Sender.Tell(new Rejected($"site {_code}: {error}"), Self);
            return;
        }

        var replyTo = Sender;
        Persist(new SiteSettingsChanged(Context.System.Scheduler.Now, set.Assignments, updated), e =>
        {
            _settings = e.Settings;
            replyTo.Tell(new SiteSettingsReport(_code, e.Settings), Self);
        });
    }

    private Rejected Unknown() => new($"unknown site {_code}");
}

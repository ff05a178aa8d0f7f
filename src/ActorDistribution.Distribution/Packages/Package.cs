using System.Globalization;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Time;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Packages;

/// <summary>A package (package/ID): its versions, numbered 1, 2, ..., each with a source directory and a manifest.</summary>
public sealed class Package : DomainActor
{
    private readonly string _id;
    private readonly List<PackageVersionAdded> _versions = [];

    public Package(string id)
    {
        _id = id;
        PersistenceId = PersistenceIds.Package(id);

        Recover<PackageVersionAdded>(_versions.Add);

        Command<AddPackageVersion>(Add);
        Command<GetPackageVersion>(get =>
        {
            var version = get.Version is null ? _versions.LastOrDefault() : _versions.FirstOrDefault(v => v.Version == get.Version);
            Sender.Tell(version is null ? new Rejected(get.Version is null
                ? $"unknown package {_id}"
                : $"package {_id} has no version {get.Version}") : View(version), Self);
        });
        Command<GetPackageVersions>(_ => Sender.Tell(_versions.Count == 0
            ? new Rejected($"unknown package {_id}")
            : new PackageView(_id, _versions.Select(View).ToList()), Self));
    }

    public override string PersistenceId { get; }

    private void Add(AddPackageVersion add)
    {
        if (add.First && _versions.Count > 0)
        {
            Sender.Tell(new Rejected($"package {_id} already exists (version {_versions[^1].Version}); use package update"), Self);
            return;
        }

        if (!add.First && _versions.Count == 0)
        {
            Sender.Tell(new Rejected($"unknown package {_id}; use package add"), Self);
            return;
        }

        var replyTo = Sender;
        var version = (_versions.Count + 1).ToString(CultureInfo.InvariantCulture);
        Persist(new PackageVersionAdded(Context.System.Scheduler.Now, version, add.Source, add.Files), e =>
        {
            _versions.Add(e);
            replyTo.Tell(View(e), Self);
        });
    }

    private PackageVersionView View(PackageVersionAdded version) => new(_id, version.Version, version.Source, version.Files);
}

using System.Text.Json.Serialization;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>What a job orders; stored by name in events so the journal reads plainly and survives reordering.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobType>))]
public enum JobType
{
    RunCommandOnWorkstation,
    SharePackageOnServer,
    RemovePackageFromServer,
    System,
}

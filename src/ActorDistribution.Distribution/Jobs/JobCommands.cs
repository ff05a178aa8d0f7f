namespace ActorDistribution.Distribution.Jobs;

/// <summary>Creates the job with this definition (once; repeated, it answers the existing definition) and answers the <see cref="JobDefinition"/>.</summary>
public sealed record OpenJob(JobDefinition Definition);

/// <summary>Asks a job for its <see cref="JobDefinition"/> (a Rejected if there is no such job).</summary>
public sealed record GetJobDefinition
{
    public static readonly GetJobDefinition Instance = new();
}

/// <summary>Asks a job for its <see cref="JobReport"/> (a Rejected if there is no such job).</summary>
public sealed record GetJobReport
{
    public static readonly GetJobReport Instance = new();
}

/// <summary>A job's definition and the outcome it recorded for each target server that reached one (keyed by server).</summary>
/// <param name="Cancelled">The job was cancelled: targets not yet started never will be.</param>
public sealed record JobReport(JobDefinition Definition, IReadOnlyDictionary<string, TargetOutcome> Outcomes, bool Cancelled = false);

/// <summary>
/// <c>job cancel</c>: a job not yet finished withdraws its orders from the target despoolers, so targets not yet started
/// are not; answers the <see cref="JobReport"/> once every despooler answered, or a Rejected (unknown, finished, or already cancelled).
/// </summary>
public sealed record CancelOrders
{
    public static readonly CancelOrders Instance = new();
}

/// <summary>
/// A package directory tells the job whose delivery it ran how that delivery ended on its server; also the answer
/// to <see cref="GetDeliveryOutcome"/>. The job records it once (<see cref="JobTargetSettled"/>) and ignores repeats.
/// </summary>
public sealed record DeliverySettled(string JobId, string Server, TargetOutcome Outcome);

/// <summary>
/// A job recovering asks each target directory whose outcome it has not recorded (in case the directory's
/// <see cref="DeliverySettled"/> was lost in a crash); answered <see cref="DeliverySettled"/> or <see cref="DeliveryUnsettled"/>.
/// </summary>
public sealed record GetDeliveryOutcome(string JobId);

/// <summary>The directory has no outcome for that job yet (its delivery is under way, or has not arrived).</summary>
public sealed record DeliveryUnsettled(string JobId, string Server);

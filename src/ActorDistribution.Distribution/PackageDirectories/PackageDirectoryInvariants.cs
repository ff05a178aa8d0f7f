namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// The audit's rules about forced delivery, checked over the journal of one package directory alone:
/// no delivery ends with access revoked; every forced disconnection follows a warning at least z earlier
/// to every user it disconnected; no forced copy happens before x·(y+1)+z after the first failed attempt.
/// </summary>
public static class PackageDirectoryInvariants
{
    public static IReadOnlyList<InvariantViolation> Check(IEnumerable<PackageDirectoryEvent> journal)
    {
        var violations = new List<InvariantViolation>();
        DeliveryPlan? plan = null;
        DateTimeOffset? firstFailedAt = null;
        DisconnectionWarningSent? warning = null;
        var revoked = false;
        var forcing = false;

        foreach (var @event in journal)
        {
            switch (@event)
            {
                case DeliveryRequested requested:
                    (plan, firstFailedAt, warning, forcing) = (requested.Plan, null, null, false);
                    break;
                case RemovalRequested requested:
                    (plan, firstFailedAt, warning, forcing) = (requested.Plan, null, null, false);
                    break;
                case AttemptFailed failed:
                    firstFailedAt ??= failed.FirstFailedAt;
                    break;
                case ForcedDisconnectionStarted:
                    forcing = true;
                    break;
                case DirectoryAccessRevoked:
                    revoked = true;
                    break;
                case DirectoryAccessRestored:
                    revoked = false;
                    break;
                case DisconnectionWarningSent sent:
                    warning = sent;
                    break;
                case UsersDisconnected disconnected:
                    CheckWarning(disconnected, warning, plan, violations);
                    break;
                case PackageFilesCopied copied when forcing && plan is not null && firstFailedAt is { } t0:
                    var earliest = t0 + ForcedDeliveryTime.Compute(plan.RetryInterval, plan.RetriesBeforeForcedDisconnection, plan.ForcedDisconnectionDelay);
                    if (copied.At < earliest)
                        violations.Add(new InvariantViolation(InvariantViolation.ForcedTooEarly, copied,
                            $"forced copy at {copied.At:O}, earlier than {earliest:O} (first failed attempt {t0:O} + x·(y+1)+z)"));
                    break;
                case DeliveryCompleted or DeliveryFailed or PackageDirectoryRemoved when revoked:
                    violations.Add(new InvariantViolation(InvariantViolation.AccessLeftRevoked, @event,
                        $"the delivery ended at {@event.At:O} with access to the package directory still revoked"));
                    break;
            }
        }

        return violations;
    }

    private static void CheckWarning(UsersDisconnected disconnected, DisconnectionWarningSent? warning, DeliveryPlan? plan, List<InvariantViolation> violations)
    {
        if (disconnected.Users.Count == 0) return;
        var unwarned = disconnected.Users
            .Where(user => warning is null || !warning.Users.Contains(user, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (unwarned.Count > 0)
            violations.Add(new InvariantViolation(InvariantViolation.DisconnectWithoutWarning, disconnected,
                $"disconnected without a warning: {string.Join(", ", unwarned)}"));
        var delay = plan?.ForcedDisconnectionDelay ?? TimeSpan.Zero;
        if (warning is not null && disconnected.At - warning.At < delay)
            violations.Add(new InvariantViolation(InvariantViolation.DisconnectWithoutWarning, disconnected,
                $"disconnected at {disconnected.At:O}, only {(disconnected.At - warning.At).TotalMinutes} min after the warning; z is {delay.TotalMinutes} min"));
    }
}

/// <summary>A broken audit rule (SPEC.md section 5), with the event where it shows.</summary>
public sealed record InvariantViolation(string Rule, PackageDirectoryEvent Event, string Message)
{
    public const string AccessLeftRevoked = "access-left-revoked";
    public const string DisconnectWithoutWarning = "disconnect-without-warning";
    public const string ForcedTooEarly = "forced-too-early";
}

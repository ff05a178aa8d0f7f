using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Despooler;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Persistence.Query;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// Checks the rules of SPEC.md section 5 over a whole journal:
/// <list type="bullet">
/// <item>the three forced-delivery rules, per package directory, by <see cref="PackageDirectoryInvariants"/>: no delivery ends
/// with access revoked; every forced disconnection follows a warning at least z earlier to each user it disconnected;
/// no forced copy before x·(y+1)+z after the first failed attempt;</item>
/// <item>no CAP inbox lock stays in place once its update ended (the last delete attempt failed, or the inbox manager
/// recorded the update's end while the lock was there) unless a stuck-lock alarm is recorded for that inbox: the inbox's
/// own <see cref="LockLeft"/>, or the stuck-lock supervisor's detection or alarm naming it.</item>
/// </list>
/// </summary>
public static class InvariantChecker
{
    public static async Task<AuditReport> VerifyAsync(AuditSource source, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var check = new Run();
        await foreach (var envelope in source.ReadAllAsync(progress, cancellationToken).ConfigureAwait(false)) check.Observe(envelope);
        return check.Finish();
    }

    /// <summary>The same check over events already in memory, in journal order.</summary>
    public static AuditReport Check(IEnumerable<EventEnvelope> journal)
    {
        var check = new Run();
        foreach (var envelope in journal) check.Observe(envelope);
        return check.Finish();
    }

    /// <summary>One pass over the journal; the package directory rules run per entity once everything is read.</summary>
    private sealed class Run
    {
        private readonly Dictionary<string, List<EventEnvelope>> _packageDirectories = new(StringComparer.Ordinal);
        private readonly Dictionary<string, InboxLock> _inboxes = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _entities = new(StringComparer.Ordinal);
        private readonly List<AuditViolation> _violations = [];
        private readonly SortedDictionary<string, long> _unknown = new(StringComparer.Ordinal);
        private long _read;

        public void Observe(EventEnvelope envelope)
        {
            _read++;
            _entities.Add(envelope.PersistenceId);
            switch (envelope.Event)
            {
                case UnknownEvent unknown:
                    _unknown[unknown.Manifest] = _unknown.GetValueOrDefault(unknown.Manifest) + 1;
                    break;
                case PackageDirectoryEvent:
                    if (!_packageDirectories.TryGetValue(envelope.PersistenceId, out var events))
                        _packageDirectories[envelope.PersistenceId] = events = [];
                    events.Add(envelope);
                    break;
                case InboxLockCreated:
                    Inbox(envelope.PersistenceId).Created();
                    break;
                case LockDeleted deleted:
                    Inbox(envelope.PersistenceId).Deleted(deleted.At);
                    break;
                case LockLeft:
                    Inbox(envelope.PersistenceId).Alarmed();
                    break;
                case LockDeleteFailed { RetryAt: null }:
                    Inbox(envelope.PersistenceId).UpdateEnded(envelope, "its last delete attempt failed");
                    break;
                case InboxUpdateEnded ended:
                    Inbox(ended.Address.PersistenceId).UpdateEnded(envelope, $"the inbox manager ended its update (lock left: {(ended.LockLeft ? "yes" : "no")})");
                    break;
                case StuckLockDetected detected:
                    Alarm(detected.Locks);
                    break;
                case StuckLockAlarmed alarmed:
                    Alarm(alarmed.Remaining);
                    break;
            }
        }

        public AuditReport Finish()
        {
            foreach (var (id, journal) in _packageDirectories)
            {
                // The rules hand back the very event instance they judged: find its envelope by reference.
                var envelopeOf = journal.ToDictionary<EventEnvelope, PackageDirectoryEvent>(e => (PackageDirectoryEvent)e.Event, ReferenceEqualityComparer.Instance);
                foreach (var violation in PackageDirectoryInvariants.Check(journal.Select(e => (PackageDirectoryEvent)e.Event)))
                {
                    var envelope = envelopeOf[violation.Event];
                    _violations.Add(new AuditViolation(violation.Rule, id, envelope.SequenceNr, EventTime.Of(envelope), violation.Message));
                }
            }

            foreach (var (id, inbox) in _inboxes)
                if (inbox.Unalarmed is { } ended)
                    _violations.Add(new AuditViolation(AuditViolation.InboxLockLeftWithoutAlarm, ended.PersistenceId, ended.SequenceNr, EventTime.Of(ended),
                        $"the lock of {id} stayed in place after {inbox.EndReason} at {AuditFormat.Time(EventTime.Of(ended))}, and no stuck-lock alarm was recorded"));

            var ordered = _violations.OrderBy(v => v.Time).ThenBy(v => v.PersistenceId, StringComparer.Ordinal).ThenBy(v => v.SequenceNr).ToList();
            return new AuditReport(_read, _entities.Count, ordered, _unknown);
        }

        private void Alarm(IEnumerable<CapInbox> locks)
        {
            foreach (var address in locks) Inbox(address.PersistenceId).Alarmed();
        }

        private InboxLock Inbox(string persistenceId)
        {
            var key = persistenceId.Replace('\\', '/');
            if (!_inboxes.TryGetValue(key, out var inbox)) _inboxes[key] = inbox = new InboxLock();
            return inbox;
        }
    }

    /// <summary>The lock file of one CAP inbox as the journal tells it.</summary>
    private sealed class InboxLock
    {
        private bool _present;
        private bool _alarmed;

        /// <summary>The first update end that left this lock in place with no alarm yet; cleared by a later alarm.</summary>
        public EventEnvelope? Unalarmed { get; private set; }

        public string EndReason { get; private set; } = "";

        /// <summary>Each update's lock needs its own alarm; a finding still open from an earlier update stays open.</summary>
        public void Created()
        {
            _alarmed = false;
            _present = true;
        }

        /// <summary>
        /// A delete no later than the end that was taken for "left in place" means it was not: the inbox and its
        /// manager journal separately, so at one instant the manager's record of the end may come first.
        /// </summary>
        public void Deleted(DateTimeOffset at)
        {
            _present = false;
            if (Unalarmed is { } ended && at <= EventTime.Of(ended)) Unalarmed = null;
        }

        public void Alarmed()
        {
            _alarmed = true;
            Unalarmed = null;
        }

        public void UpdateEnded(EventEnvelope envelope, string reason)
        {
            if (!_present || _alarmed || Unalarmed is not null) return;
            Unalarmed = envelope;
            EndReason = reason;
        }
    }
}

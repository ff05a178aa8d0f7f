using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.StuckLockRemedies;

namespace ActorDistribution.Distribution.Audit;

/// <summary>The rules of <see cref="InvariantChecker"/> in one pass over the journal; the package directory rules run per entity at the end.</summary>
internal sealed class JournalCheck
{
    private readonly Dictionary<string, List<EventEnvelope>> _packageDirectories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InboxLockTrail> _inboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _entities = new(StringComparer.Ordinal);
    private readonly List<AuditViolation> _violations = [];
    private readonly SortedDictionary<string, long> _unknown = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastSequenceNr = new(StringComparer.Ordinal);
    private long _read;

    public void Observe(EventEnvelope envelope)
    {
        _read++;
        _entities.Add(envelope.PersistenceId);
        CheckSequence(envelope);
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

    /// <summary>
    /// Each entity's events are numbered 1, 2, 3 ... without holes (this system never deletes events): a number missing
    /// before the one read is reported at the event after the gap.
    /// </summary>
    private void CheckSequence(EventEnvelope envelope)
    {
        var id = envelope.PersistenceId;
        var last = _lastSequenceNr.GetValueOrDefault(id);
        if (envelope.SequenceNr > last) _lastSequenceNr[id] = envelope.SequenceNr;
        if (envelope.SequenceNr <= last + 1) return;
        var (first, missingLast) = (last + 1, envelope.SequenceNr - 1);
        var missing = first == missingLast ? $"event #{first} of {id} is missing" : $"events #{first} to #{missingLast} of {id} are missing";
        var where = last == 0 ? $"the stream starts at #{envelope.SequenceNr}" : $"the stream goes from #{last} to #{envelope.SequenceNr}";
        _violations.Add(new AuditViolation(AuditViolation.JournalGap, id, envelope.SequenceNr, EventTime.Of(envelope), $"{missing}: {where}"));
    }

    private void Alarm(IEnumerable<CapInbox> locks)
    {
        foreach (var address in locks) Inbox(address.PersistenceId).Alarmed();
    }

    private InboxLockTrail Inbox(string persistenceId)
    {
        var key = persistenceId.Replace('\\', '/');
        if (!_inboxes.TryGetValue(key, out var inbox)) _inboxes[key] = inbox = new InboxLockTrail();
        return inbox;
    }
}

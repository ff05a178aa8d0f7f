
namespace ActorDistribution.Distribution.Audit;

/// <summary>The lock file of one CAP inbox as the journal tells it.</summary>
internal sealed class InboxLockTrail
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

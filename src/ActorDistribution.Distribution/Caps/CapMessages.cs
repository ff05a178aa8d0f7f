using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;
using Akka.Actor;

namespace ActorDistribution.Distribution.Caps;

/// <summary>A message for one inbox entity of a CAP, routed by the CAP actor to its child.</summary>
public sealed record CapInboxMessage(string Inbox, object Message);

/// <summary>An inbox entity tells its CAP its state after recovery and after each change, for <c>inbox status</c>.</summary>
public sealed record InboxStateChanged(InboxState State);

/// <summary>Asks a CAP for its inbox rows (<see cref="CapInboxRows"/>), or a rejection when no such CAP was added.</summary>
public sealed class GetCapInboxRows
{
    public static readonly GetCapInboxRows Instance = new();

    private GetCapInboxRows()
    {
    }
}

public sealed record CapInboxRows(string Cap, IReadOnlyList<InboxStatusRow> Rows);

/// <summary>The CAP's share and inbox folders exist (null <paramref name="Failure"/>); <paramref name="ReplyTo"/> asked for them, if anyone.</summary>
internal sealed record CapSharePrepared(IActorRef? ReplyTo, string? Failure);

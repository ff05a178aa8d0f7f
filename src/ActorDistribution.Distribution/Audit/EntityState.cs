using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// An entity as it stood at <see cref="At"/>: the state its replay rebuilt from the <see cref="EventsApplied"/> events
/// up to then, or, when its kind has no replay registered (<see cref="IsReplayed"/> false), those events themselves.
/// </summary>
/// <param name="State">The replayed state, or the list of <see cref="TimelineEntry"/> when not replayed.</param>
public sealed record EntityState(
    string PersistenceId,
    DateTimeOffset At,
    int EventsApplied,
    long LastSequenceNr,
    DateTimeOffset? LastEventAt,
    bool IsReplayed,
    object State)
{
    public string ToJson() => ToJsonNode().ToJsonString(AuditFormat.StateJson);

    /// <summary>Several entities as one JSON array, for the state of every entity at T.</summary>
    public static string ToJson(IEnumerable<EntityState> states) =>
        new JsonArray(states.Select(state => (JsonNode?)state.ToJsonNode()).ToArray()).ToJsonString(AuditFormat.StateJson);

    private JsonObject ToJsonNode()
    {
        var json = new JsonObject
        {
            ["persistenceId"] = PersistenceId,
            ["at"] = AuditFormat.JsonTime(At),
            ["eventsApplied"] = EventsApplied,
            ["lastSequenceNr"] = LastSequenceNr,
            ["lastEventAt"] = LastEventAt is { } last ? AuditFormat.JsonTime(last) : null,
        };
        if (IsReplayed)
        {
            json["state"] = JsonSerializer.SerializeToNode(State, State.GetType(), AuditFormat.StateJson);
        }
        else
        {
            var prefix = PersistenceId.Contains('/') ? PersistenceId[..(PersistenceId.IndexOf('/') + 1)] : PersistenceId;
            json["replay"] = $"none registered for '{prefix}' entities: the state shown is the entity's events up to this time";
            json["events"] = new JsonArray(((IReadOnlyList<TimelineEntry>)State).Select(entry => (JsonNode?)new JsonObject
            {
                ["sequenceNr"] = entry.SequenceNr,
                ["at"] = AuditFormat.JsonTime(entry.Time),
                ["manifest"] = entry.Manifest,
                ["event"] = AuditFormat.EventJson(entry.Event, entry.Payload),
            }).ToArray());
        }

        return json;
    }
}

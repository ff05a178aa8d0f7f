using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorDistribution.Shares.Remote;

/// <summary>
/// The JSON of the file-server API, shared by the server (adfileserver) and <see cref="RemoteShareHost"/>:
/// values as System.Text.Json writes them (camelCase), share addresses as "SERVER/SHARE", ids as numbers,
/// and failures as a <see cref="WireFailure"/> that names its kind, so the client rebuilds the very same record.
/// </summary>
public static class ShareWire
{
    public static readonly JsonSerializerOptions Json = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new ShareAddressConverter());
        options.Converters.Add(new SessionIdConverter());
        options.Converters.Add(new HandleIdConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The HTTP status a failure is answered with; the body says exactly which failure it was.</summary>
    public static int StatusOf(ShareFailure failure) => failure switch
    {
        InvalidPath => 400,
        AccessDenied => 403,
        NotFound => 404,
        SharingViolation or PathConflict or AlreadyExists => 409,
        _ => 503,
    };

    public static WireFailure ToWire(ShareFailure failure) => failure switch
    {
        SharingViolation v => new WireFailure("sharing-violation", v.Message) { Share = v.Share, Path = v.Path, Holders = v.Holders },
        PathConflict c => new WireFailure("path-conflict", c.Message) { Share = c.Share, Path = c.Path, Reason = c.Reason },
        InvalidPath p => new WireFailure("invalid-path", p.Message) { Path = p.Path, Reason = p.Reason },
        AccessDenied d => new WireFailure("access-denied", d.Message) { Share = d.Share, User = d.User, Reason = d.Reason },
        NotFound n => new WireFailure("not-found", n.Message) { What = n.What },
        AlreadyExists a => new WireFailure("already-exists", a.Message) { What = a.What },
        Unavailable u => new WireFailure("unavailable", u.Message) { Reason = u.Reason },
        _ => new WireFailure("unavailable", failure.Message) { Reason = failure.Message },
    };

    public static ShareFailure FromWire(WireFailure wire) => wire.Kind switch
    {
        "sharing-violation" when wire.Share is not null => new SharingViolation(wire.Share, wire.Path ?? "", wire.Holders ?? []),
        "path-conflict" when wire.Share is not null => new PathConflict(wire.Share, wire.Path ?? "", wire.Reason ?? ""),
        "invalid-path" => new InvalidPath(wire.Path ?? "", wire.Reason ?? ""),
        "access-denied" when wire.Share is not null => new AccessDenied(wire.Share, wire.User ?? "", wire.Reason ?? ""),
        "not-found" => new NotFound(wire.What ?? ""),
        "already-exists" => new AlreadyExists(wire.What ?? ""),
        _ => new Unavailable(wire.Reason ?? wire.Message),
    };

    private sealed class ShareAddressConverter : JsonConverter<ShareAddress>
    {
        public override ShareAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? "";
            return ShareAddress.TryParse(text, out var address, out var problem) ? address : throw new JsonException(problem);
        }

        public override void Write(Utf8JsonWriter writer, ShareAddress value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class SessionIdConverter : JsonConverter<SessionId>
    {
        public override SessionId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, SessionId value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
    }

    private sealed class HandleIdConverter : JsonConverter<HandleId>
    {
        public override HandleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, HandleId value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
    }
}

/// <summary>A refusal on the wire: its kind, its message, and the fields of that kind of <see cref="ShareFailure"/>.</summary>
public sealed record WireFailure(string Kind, string Message)
{
    public ShareAddress? Share { get; init; }
    public string? Path { get; init; }
    public string? Reason { get; init; }
    public string? User { get; init; }
    public string? What { get; init; }
    public IReadOnlyList<OpenHandle>? Holders { get; init; }
}

/// <summary>Request bodies of the file-server API.</summary>
public sealed record ConnectRequest(string User);

public sealed record OpenRequest(string Path);

public sealed record OpenAsRequest(string User, string Path);

public sealed record AccessRequest(AccessState State);

public sealed record ForceCloseRequest(string Path, string Reason);

public sealed record MessageRequest(string Text, string? Key);

public sealed record WriteReservation(string WriteId);

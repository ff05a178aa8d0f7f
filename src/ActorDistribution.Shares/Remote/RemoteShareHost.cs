using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ActorDistribution.Shares.Remote;

/// <summary>
/// The node's client of an adfileserver process: every <see cref="IShareHost"/> call is one HTTP call (two
/// for a streamed write: the reservation, made before the method returns, then the upload). A server that
/// cannot be reached, times out or answers something unexpected becomes an <see cref="Unavailable"/> failure,
/// never an exception; calls that could not connect are retried a few times. The operations without a
/// result (<see cref="SendMessage"/>, <see cref="Messages"/>, <see cref="ListShares"/>) report through
/// <see cref="RemoteShareHostOptions.Log"/> and answer nothing when the server stays unreachable.
/// </summary>
public sealed class RemoteShareHost : IShareHost, IDisposable
{
    private readonly HttpClient _http;
    private readonly RemoteShareHostOptions _options;

    public RemoteShareHost(RemoteShareHostOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = options.Timeout }) { BaseAddress = options.BaseAddress, Timeout = options.Timeout };
        if (!string.IsNullOrWhiteSpace(options.Token)) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
    }

    public string ServiceAccount => _options.ServiceAccount;

    public ShareResult CreateShare(ShareAddress share) => Call(HttpMethod.Post, SharesOf(share.Server) + "/" + E(share.Share));

    public ShareResult DeleteShare(ShareAddress share) => Call(HttpMethod.Delete, SharesOf(share.Server) + "/" + E(share.Share));

    public IReadOnlyList<ShareAddress> ListShares(string server)
        => Or(Call<IReadOnlyList<ShareAddress>>(HttpMethod.Get, SharesOf(server)), [], $"list the shares of {server}");

    public ShareResult<ShareSession> Connect(string user, ShareAddress share)
        => Call<ShareSession>(HttpMethod.Post, Of(share, "sessions"), Json(new ConnectRequest(user)));

    public ShareResult Disconnect(SessionId session) => Call(HttpMethod.Delete, $"api/sessions/{session}");

    public ShareResult<IReadOnlyList<SessionListing>> ListSessions(ShareAddress share)
        => Call<IReadOnlyList<SessionListing>>(HttpMethod.Get, Of(share, "sessions"));

    public ShareResult<OpenHandle> OpenFile(SessionId session, string path)
        => Call<OpenHandle>(HttpMethod.Post, $"api/sessions/{session}/handles", Json(new OpenRequest(path)));

    public ShareResult<OpenHandle> OpenFileAs(string user, ShareAddress share, string path)
        => Call<OpenHandle>(HttpMethod.Post, Of(share, "opened-as"), Json(new OpenAsRequest(user, path)));

    public ShareResult CloseHandle(HandleId handle) => Call(HttpMethod.Delete, $"api/handles/{handle}");

    public ShareResult<Stream> ReadHandle(HandleId handle)
    {
        var sent = Send(() => new HttpRequestMessage(HttpMethod.Get, $"api/handles/{handle}/content"), HttpCompletionOption.ResponseHeadersRead);
        if (!sent.TryGetValue(out var response)) return sent.Failure!;
        if (!response.IsSuccessStatusCode)
        {
            using (response) return FailureOf(response);
        }
        return ShareResult.Success(response.Content.ReadAsStream());
    }

    public ShareResult WriteFile(ShareAddress share, string path, ReadOnlySpan<byte> content)
    {
        var bytes = content.ToArray();
        return Call(HttpMethod.Put, Of(share, "file", path), () => new ByteArrayContent(bytes));
    }

    public async Task<ShareResult> WriteFileAsync(ShareAddress share, string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The reservation is made before this method returns, as the embedded host checks and reserves at once.
        var reserved = Call<WriteReservation>(HttpMethod.Post, Of(share, "writes", path));
        if (!reserved.TryGetValue(out var reservation)) return reserved.Failure!;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"api/writes/{E(reservation.WriteId)}") { Content = new StreamContent(content) };
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? ShareResult.Ok : FailureOf(response);
        }
        catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException or IOException)
        {
            return Gone($"write {share}/{path}", problem);
        }
    }

    public ShareResult DeleteFile(ShareAddress share, string path) => Call(HttpMethod.Delete, Of(share, "file", path));

    public ShareResult CreateDirectory(ShareAddress share, string path) => Call(HttpMethod.Post, Of(share, "directory", path));

    public ShareResult DeleteDirectory(ShareAddress share, string path) => Call(HttpMethod.Delete, Of(share, "directory", path));

    public ShareResult<IReadOnlyList<DirectoryEntry>> ListDirectory(ShareAddress share, string path)
        => Call<IReadOnlyList<DirectoryEntry>>(HttpMethod.Get, Of(share, "directory", path));

    public ShareResult<byte[]> ReadFile(ShareAddress share, string path)
    {
        var sent = Send(() => new HttpRequestMessage(HttpMethod.Get, Of(share, "file", path)), HttpCompletionOption.ResponseContentRead);
        if (!sent.TryGetValue(out var response)) return sent.Failure!;
        using (response)
        {
            if (!response.IsSuccessStatusCode) return FailureOf(response);
            using var body = response.Content.ReadAsStream();
            using var copy = new MemoryStream();
            body.CopyTo(copy);
            return ShareResult.Success(copy.ToArray());
        }
    }

    public ShareResult<ShareFileInfo> GetFileInfo(ShareAddress share, string path) => Call<ShareFileInfo>(HttpMethod.Get, Of(share, "file-info", path));

    public ShareResult<IReadOnlyList<OpenHandle>> FindOpenFiles(ShareAddress share, string subtree)
        => Call<IReadOnlyList<OpenHandle>>(HttpMethod.Get, Of(share, "open-files", subtree));

    public ShareResult RevokeAccess(ShareAddress share) => Call(HttpMethod.Put, Of(share, "access"), Json(new AccessRequest(AccessState.Revoked)));

    public ShareResult RestoreAccess(ShareAddress share) => Call(HttpMethod.Put, Of(share, "access"), Json(new AccessRequest(AccessState.Open)));

    public ShareResult<AccessState> GetAccessState(ShareAddress share) => Call<AccessState>(HttpMethod.Get, Of(share, "access"));

    public ShareResult<ForceCloseReport> ForceClose(ShareAddress share, string subtree, string reason)
        => Call<ForceCloseReport>(HttpMethod.Post, Of(share, "force-close"), Json(new ForceCloseRequest(subtree, reason)));

    public void SendMessage(string user, string text, string? key = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var sent = Call(HttpMethod.Post, $"api/messages/{E(user)}", Json(new MessageRequest(text, key)));
        if (!sent.IsSuccess) _options.Log?.Invoke($"share host: message to {user} not delivered: {sent.Failure!.Message}");
    }

    public IReadOnlyList<ShareMessage> Messages(string user)
        => Or(Call<IReadOnlyList<ShareMessage>>(HttpMethod.Get, $"api/messages/{E(user)}"), [], $"read the messages of {user}");

    public void Dispose() => _http.Dispose();

    private static string E(string text) => Uri.EscapeDataString(text);

    private static string SharesOf(string server) => $"api/servers/{E(server)}/shares";

    private static string Of(ShareAddress share, string what, string? path = null)
        => $"{SharesOf(share.Server)}/{E(share.Share)}/{what}" + (path is null ? "" : $"?path={E(path)}");

    private static Func<HttpContent> Json<T>(T body) => () => JsonContent.Create(body, options: ShareWire.Json);

    private T Or<T>(ShareResult<T> result, T fallback, string what)
    {
        if (result.IsSuccess) return result.Value;
        _options.Log?.Invoke($"share host: could not {what}: {result.Failure.Message}");
        return fallback;
    }

    private ShareResult Call(HttpMethod method, string uri, Func<HttpContent>? content = null)
    {
        var sent = Send(() => new HttpRequestMessage(method, uri) { Content = content?.Invoke() }, HttpCompletionOption.ResponseContentRead);
        if (!sent.TryGetValue(out var response)) return sent.Failure!;
        using (response) return response.IsSuccessStatusCode ? ShareResult.Ok : FailureOf(response);
    }

    private ShareResult<T> Call<T>(HttpMethod method, string uri, Func<HttpContent>? content = null)
    {
        var sent = Send(() => new HttpRequestMessage(method, uri) { Content = content?.Invoke() }, HttpCompletionOption.ResponseContentRead);
        if (!sent.TryGetValue(out var response)) return sent.Failure!;
        using (response)
        {
            if (!response.IsSuccessStatusCode) return FailureOf(response);
            try
            {
                using var body = response.Content.ReadAsStream();
                var value = JsonSerializer.Deserialize<T>(body, ShareWire.Json);
                return value is null ? new Unavailable($"{method} {uri}: empty answer") : ShareResult.Success(value);
            }
            catch (Exception problem) when (problem is JsonException or IOException or HttpRequestException)
            {
                return Gone($"{method} {uri}", problem);
            }
        }
    }

    /// <summary>One call, tried again while the server cannot be connected to (the request never reached it, so repeating is safe).</summary>
    private ShareResult<HttpResponseMessage> Send(Func<HttpRequestMessage> request, HttpCompletionOption completion)
    {
        var delay = _options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            using var message = request();
            try
            {
                return ShareResult.Success(_http.Send(message, completion));
            }
            catch (HttpRequestException problem) when (problem.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                                                       && attempt < _options.Retries)
            {
                Thread.Sleep(delay);
                delay *= 2;
            }
            catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException or IOException)
            {
                return Gone($"{message.Method} {message.RequestUri}", problem);
            }
        }
    }

    private Unavailable Gone(string what, Exception problem)
    {
        var reason = $"{_options.BaseAddress} did not answer {what}: {(problem is TaskCanceledException ? $"no answer within {_options.Timeout}" : problem.Message)}";
        _options.Log?.Invoke("share host: " + reason);
        return new Unavailable(reason);
    }

    private static ShareFailure FailureOf(HttpResponseMessage response)
    {
        string text;
        try
        {
            text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        }
        catch (Exception problem) when (problem is IOException or HttpRequestException)
        {
            return new Unavailable($"{(int)response.StatusCode} {response.ReasonPhrase}: {problem.Message}");
        }
        try
        {
            if (JsonSerializer.Deserialize<WireFailure>(text, ShareWire.Json) is { Kind: not null } wire) return ShareWire.FromWire(wire);
        }
        catch (JsonException)
        {
        }
        return new Unavailable(response.StatusCode == HttpStatusCode.Unauthorized
            ? $"401 from the file server (is shares.remote.token set?): {text}"
            : $"{(int)response.StatusCode} {response.ReasonPhrase}: {text}");
    }
}

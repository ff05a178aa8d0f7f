using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text.Json;
using ActorDistribution.Shares;
using ActorDistribution.Shares.Remote;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorDistribution.FileServer;

/// <summary>
/// The HTTP+JSON API, one route per <see cref="IShareHost"/> operation. Paths inside a share travel in the
/// <c>path</c> query parameter (never in the URL path, which clients would normalise) and are canonicalised
/// by the host: '..', absolute paths and links out of the root answer 400 with the reason. Refusals answer
/// a <see cref="WireFailure"/> (400, 403, 404, 409); successes the value as JSON, or 204.
/// </summary>
internal static class FileServerApi
{
    public static void Map(FileServerApp app)
    {
        var web = app.Web;
        var host = app.Host;
        var settings = app.Settings;
        if (!string.IsNullOrWhiteSpace(settings.Token)) web.Use(BearerTokenCheck.For(settings.Token));
        web.Use(async (context, next) =>
        {
            // Save before the answer leaves, so a caller told "done" finds it done after a restart.
            if (context.Request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(context.Request.Method))
                context.Response.OnStarting(() => { app.Save(); return Task.CompletedTask; });
            await next(context);
        });

        web.MapGet("/health", () => Results.Json(new { status = "up", serviceAccount = host.ServiceAccount }));

        var shares = web.MapGroup("/api/servers/{server}/shares");
        shares.MapGet("", (string server) => Results.Json(host.ListShares(server), ShareWire.Json));
        shares.MapPost("/{share}", (string server, string share) => WithShare(server, share, a => Answer(host.CreateShare(a))));
        shares.MapDelete("/{share}", (string server, string share) => WithShare(server, share, a => Answer(host.DeleteShare(a))));

        var share = web.MapGroup("/api/servers/{server}/shares/{share}");
        share.MapGet("/sessions", (string server, string share) => WithShare(server, share, a => Answer(host.ListSessions(a))));
        share.MapPost("/sessions", async (string server, string share, HttpRequest request) =>
            await Body<ConnectRequest>(request) is { } body ? WithShare(server, share, a => Answer(host.Connect(body.User, a))) : BadBody());
        // Open a file as a user in one step: the session is started only if the open succeeds.
        share.MapPost("/opened-as", async (string server, string share, HttpRequest request) =>
            await Body<OpenAsRequest>(request) is { } body ? WithShare(server, share, a => Answer(host.OpenFileAs(body.User, a, body.Path))) : BadBody());
        share.MapGet("/open-files", (string server, string share, string? path) => WithShare(server, share, a => Answer(host.FindOpenFiles(a, path ?? ""))));
        share.MapPost("/force-close", async (string server, string share, HttpRequest request) =>
            await Body<ForceCloseRequest>(request) is { } body ? WithShare(server, share, a => Answer(host.ForceClose(a, body.Path, body.Reason))) : BadBody());
        share.MapGet("/access", (string server, string share) => WithShare(server, share, a => Answer(host.GetAccessState(a))));
        share.MapPut("/access", async (string server, string share, HttpRequest request) =>
            await Body<AccessRequest>(request) is { } body
                ? WithShare(server, share, a => Answer(body.State == AccessState.Revoked ? host.RevokeAccess(a) : host.RestoreAccess(a)))
                : BadBody());
        share.MapGet("/file", (string server, string share, string? path) => WithShare(server, share, a => host.ReadFile(a, path ?? "") is { IsSuccess: true } read
            ? Results.Bytes(read.Value, "application/octet-stream")
            : Fail(host.ReadFile(a, path ?? "").Failure!)));
        share.MapPut("/file", (string server, string share, string? path, HttpRequest request, CancellationToken cancellationToken) =>
            WithShareAsync(server, share, async a => await Upload(() => host.WriteFileAsync(a, path ?? "", request.Body, cancellationToken))));
        share.MapDelete("/file", (string server, string share, string? path) => WithShare(server, share, a => Answer(host.DeleteFile(a, path ?? ""))));
        share.MapGet("/file-info", (string server, string share, string? path) => WithShare(server, share, a => Answer(host.GetFileInfo(a, path ?? ""))));
        share.MapGet("/directory", (string server, string share, string? path) => WithShare(server, share, a => Answer(host.ListDirectory(a, path ?? ""))));
        share.MapPost("/directory", (string server, string share, string? path) => WithShare(server, share, a => Answer(host.CreateDirectory(a, path ?? ""))));
        share.MapDelete("/directory", (string server, string share, string? path) => WithShare(server, share, a => Answer(host.DeleteDirectory(a, path ?? ""))));

        // A streamed write in two calls: the reservation (checked and held at once, as WriteFileAsync does), then the upload.
        var writes = new PendingWrites(settings.ReservationTimeout);
        share.MapPost("/writes", (string server, string share, string? path) => WithShareAsync(server, share, a => writes.Reserve(host, a, path ?? "")));
        web.MapPut("/api/writes/{id}", (string id, HttpRequest request, CancellationToken cancellationToken) => writes.Upload(id, request, cancellationToken));

        web.MapDelete("/api/sessions/{id:long}", (long id) => Answer(host.Disconnect(new SessionId(id))));
        web.MapPost("/api/sessions/{id:long}/handles", async (long id, HttpRequest request) =>
            await Body<OpenRequest>(request) is { } body ? Answer(host.OpenFile(new SessionId(id), body.Path)) : BadBody());
        web.MapDelete("/api/handles/{id:long}", (long id) => Answer(host.CloseHandle(new HandleId(id))));
        web.MapGet("/api/handles/{id:long}/content", (long id) => host.ReadHandle(new HandleId(id)) is { IsSuccess: true } read
            ? Results.Stream(read.Value, "application/octet-stream")
            : Fail(new NotFound($"handle {id} (never opened, or already closed)")));

        web.MapPost("/api/messages/{user}", async (string user, HttpRequest request) =>
        {
            if (await Body<MessageRequest>(request) is not { } body || string.IsNullOrWhiteSpace(user)) return BadBody();
            host.SendMessage(user, body.Text, body.Key);
            return Results.NoContent();
        });
        web.MapGet("/api/messages/{user}", (string user) => Results.Json(host.Messages(user), ShareWire.Json));

        web.MapGet("/files/{server}/{share}/{**path}", (string server, string share, string path, string? user, HttpContext context) =>
            Download(app, server, share, path, user, context));
    }

    /// <summary>A download as a user of the share reads it: a session and an open handle for as long as it runs.</summary>
    private static async Task<IResult> Download(FileServerApp app, string server, string share, string path, string? user, HttpContext context)
    {
        if (!ShareAddress.TryParse($"{server}/{share}", out var address, out var problem)) return Fail(new InvalidPath($"{server}/{share}", problem));
        var host = app.Host;
        var session = host.Connect(string.IsNullOrWhiteSpace(user) ? "http-reader" : user, address);
        if (!session.TryGetValue(out var connected)) return Fail(session.Failure!);
        app.MarkTransient(connected.Id);
        try
        {
            var handle = host.OpenFile(connected.Id, path);
            if (!handle.TryGetValue(out var open)) return Fail(handle.Failure!);
            try
            {
                var content = host.ReadHandle(open.Id);
                if (!content.TryGetValue(out var stream)) return Fail(content.Failure!);
                await using (stream)
                {
                    context.Response.ContentType = "application/octet-stream";
                    await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
                }
                return Results.Empty;
            }
            finally
            {
                host.CloseHandle(open.Id);
            }
        }
        finally
        {
            host.Disconnect(connected.Id);
            app.ForgetTransient(connected.Id);
        }
    }

    internal static IResult Answer(ShareResult result) => result.IsSuccess ? Results.NoContent() : Fail(result.Failure!);

    internal static IResult Answer<T>(ShareResult<T> result) => result.IsSuccess ? Results.Json(result.Value, ShareWire.Json) : Fail(result.Failure);

    internal static IResult Fail(ShareFailure failure) => Results.Json(ShareWire.ToWire(failure), ShareWire.Json, statusCode: ShareWire.StatusOf(failure));

    /// <summary>Runs a streamed write; a body over the size limit answers 413.</summary>
    internal static async Task<IResult> Upload(Func<Task<ShareResult>> write)
    {
        try
        {
            return Answer(await write());
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Json(new WireFailure("too-large", $"upload refused: {tooLarge.Message}") { Reason = tooLarge.Message }, ShareWire.Json, statusCode: 413);
        }
    }

    private static IResult WithShare(string server, string share, Func<ShareAddress, IResult> action)
        => ShareAddress.TryParse($"{server}/{share}", out var address, out var problem) ? action(address) : Fail(new InvalidPath($"{server}/{share}", problem));

    private static Task<IResult> WithShareAsync(string server, string share, Func<ShareAddress, Task<IResult>> action)
        => ShareAddress.TryParse($"{server}/{share}", out var address, out var problem) ? action(address) : Task.FromResult(Fail(new InvalidPath($"{server}/{share}", problem)));

    private static async Task<T?> Body<T>(HttpRequest request) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, ShareWire.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadBody() => Results.Json(new WireFailure("bad-request", "the request body is missing or is not the expected JSON"), ShareWire.Json, statusCode: 400);

    /// <summary>Streamed writes reserved and waiting for their upload; a reservation nobody uploads to is dropped after a timeout.</summary>
    private sealed class PendingWrites(TimeSpan timeout)
    {
        private readonly ConcurrentDictionary<string, (Pipe Pipe, Task<ShareResult> Write, CancellationTokenSource Abandon)> _pending = new();

        public async Task<IResult> Reserve(IShareHost host, ShareAddress share, string path)
        {
            var pipe = new Pipe();
            var abandon = new CancellationTokenSource();
            // WriteFileAsync checks the holders and reserves the file before it first waits for content.
            var write = host.WriteFileAsync(share, path, pipe.Reader.AsStream(), abandon.Token);
            if (write.IsCompleted) return Answer(await write);
            var id = Guid.NewGuid().ToString("N");
            _pending[id] = (pipe, write, abandon);
            _ = Task.Delay(timeout).ContinueWith(_ =>
            {
                if (_pending.TryRemove(id, out var left)) left.Abandon.Cancel();
            }, TaskScheduler.Default);
            return Results.Json(new WriteReservation(id), ShareWire.Json);
        }

        public async Task<IResult> Upload(string id, HttpRequest request, CancellationToken cancellationToken)
        {
            if (!_pending.TryRemove(id, out var pending))
                return Fail(new NotFound($"write reservation {id} (never made, already used, or abandoned after {timeout})"));
            return await FileServerApi.Upload(async () =>
            {
                try
                {
                    await request.Body.CopyToAsync(pending.Pipe.Writer.AsStream(leaveOpen: true), cancellationToken);
                    await pending.Pipe.Writer.CompleteAsync();
                }
                catch (Exception problem)
                {
                    await pending.Pipe.Writer.CompleteAsync(problem);
                    try { await pending.Write; } catch { /* the upload's own problem is the answer */ }
                    throw;
                }
                return await pending.Write;
            });
        }
    }
}

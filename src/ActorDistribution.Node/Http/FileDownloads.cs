using ActorDistribution.Shares;
using Microsoft.AspNetCore.Http;

namespace ActorDistribution.Node.Http;

/// <summary>
/// Serves a share's file over HTTP as a user of that share would read it: a session and an open handle
/// for as long as the download runs, so a despooler copy really contends with it.
/// </summary>
internal static class FileDownloads
{
    public static async Task<IResult> Download(IShareHost shares, string server, string share, string path, string? user, HttpContext context)
    {
        if (!ShareAddress.TryParse($"{server}/{share}", out var address, out var problem)) return Results.BadRequest(problem);
        var session = shares.Connect(string.IsNullOrWhiteSpace(user) ? "http-reader" : user, address);
        if (!session.TryGetValue(out var connected)) return Refused(session.Failure!);
        try
        {
            var handle = shares.OpenFile(connected.Id, path);
            if (!handle.TryGetValue(out var open)) return Refused(handle.Failure!);
            try
            {
                var content = shares.ReadHandle(open.Id);
                if (!content.TryGetValue(out var stream)) return Refused(content.Failure!);
                await using (stream)
                {
                    context.Response.ContentType = "application/octet-stream";
                    await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
                }
                return Results.Empty;
            }
            finally
            {
                shares.CloseHandle(open.Id);
            }
        }
        finally
        {
            shares.Disconnect(connected.Id);
        }
    }

    private static IResult Refused(ShareFailure failure) => failure switch
    {
        NotFound => Results.NotFound(failure.Message),
        AccessDenied => Results.Json(new { error = failure.Message }, statusCode: StatusCodes.Status403Forbidden),
        InvalidPath => Results.BadRequest(failure.Message),
        _ => Results.Conflict(failure.Message),
    };
}

using System.Net;
using System.Text;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// Issue 15: in <c>--connect</c> mode a refusal of the node (400, or any status that is not success) is shown with what the
/// node (or a proxy before it) said, not as a bare status code.
/// </summary>
public sealed class ConnectRefusalSpec
{
    /// <summary>Answers the one request it gets with <paramref name="status"/> and <paramref name="body"/>, as a node or proxy would.</summary>
    private static async Task<(int Code, string Output, string Error)> AgainstServerAnswering(int status, string contentType, string body)
    {
        var port = LoopbackPort.Free();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var answer = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        });
        var run = await Task.Run(() => Run("--connect", $"http://127.0.0.1:{port}", "--", "site", "list"));
        await answer.WaitAsync(TimeSpan.FromSeconds(30));
        return run;
    }

    [Fact]
    public async Task A_400_shows_the_error_of_the_nodes_reply()
    {
        var (code, _, error) = await AgainstServerAnswering(400, "application/json",
            """{"exitCode":1,"lines":[],"tables":[],"error":"the request body is not JSON: 'x' is an invalid start of a value"}""");

        Assert.Equal(1, code);
        Assert.Contains("answered 400 Bad Request: the request body is not JSON: 'x' is an invalid start of a value", error);
    }

    [Fact]
    public async Task A_problem_document_shows_its_detail()
    {
        var (_, _, error) = await AgainstServerAnswering(500, "application/problem+json", """{"title":"An error occurred","detail":"the journal is full"}""");

        Assert.Contains("answered 500 Internal Server Error: the journal is full", error);
    }

    [Fact]
    public async Task A_plain_text_refusal_shows_its_text_on_one_line()
    {
        var (_, _, error) = await AgainstServerAnswering(502, "text/plain", "upstream node\nnot reachable\n");

        Assert.Contains("answered 502 Bad Gateway: upstream node not reachable", error);
    }
}

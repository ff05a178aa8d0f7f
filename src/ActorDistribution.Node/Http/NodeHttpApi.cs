using ActorDistribution.Node.Commands;
using ActorDistribution.Node.WebConsole;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace ActorDistribution.Node.Http;

/// <summary>The node's HTTP+JSON API: commands in, the actors' replies out; health; the shares' files; the web console.</summary>
public static class NodeHttpApi
{
    public static WebApplication Build(DistributionNode node, int? port = null)
    {
        var settings = node.Settings;
        if (BindProblem(settings) is { } refusal) throw new InvalidOperationException(refusal);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new SerilogLoggerProvider(Serilog.Log.Logger));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);  // one line per request is noise for an admin API
        builder.WebHost.UseUrls($"http://{settings.HttpHost}:{port ?? settings.HttpPort}");
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()));
        var app = builder.Build();

        if (!string.IsNullOrWhiteSpace(settings.Token))
        {
            app.Use(BearerTokenCheck.For(settings.Token));
            ConsoleEndpoints.MapLogin(app, settings.Token);
        }

        app.MapGet("/health", () => Results.Json(new { status = "up", node = settings.Name, time = node.Clock.Now }));
        app.MapPost("/api/commands", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            // Read here rather than bound by the framework: a body that is not a command answers 400 saying what is expected.
            var (command, problem) = await CommandRequest.ReadAsync(request.Body, cancellationToken);
            return command is null
                ? Results.Json(CommandReply.Failure(problem!), statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(await node.Commands.ExecuteAsync(command.Words, cancellationToken));
        });
        app.MapGet("/files/{server}/{share}/{**path}", (string server, string share, string path, string? user, HttpContext context) =>
            FileDownloads.Download(node.Shares, server, share, path, user, context));
        ConsoleEndpoints.Map(app, node);
        return app;
    }

    /// <summary>Why the API must not listen as configured (a network binding without a token), or null.</summary>
    public static string? BindProblem(NodeSettings settings) =>
        !settings.IsLoopback && string.IsNullOrWhiteSpace(settings.Token)
            ? $"node.http.host is {settings.HttpHost}, not loopback: set node.http.token so the API is not open to the network."
            : null;
}

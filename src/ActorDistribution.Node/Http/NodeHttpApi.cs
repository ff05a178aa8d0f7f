using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace ActorDistribution.Node.Http;

/// <summary>The node's HTTP+JSON API: commands in, the actors' replies out; health; the shares' files.</summary>
public static class NodeHttpApi
{
    public static WebApplication Build(DistributionNode node, int? port = null)
    {
        var settings = node.Settings;
        if (!settings.IsLoopback && string.IsNullOrWhiteSpace(settings.Token))
            throw new InvalidOperationException(
                $"node.http.host is {settings.HttpHost}, not loopback: set node.http.token so the API is not open to the network.");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new SerilogLoggerProvider(Serilog.Log.Logger));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);  // one line per request is noise for an admin API
        builder.WebHost.UseUrls($"http://{settings.HttpHost}:{port ?? settings.HttpPort}");
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()));
        var app = builder.Build();

        if (!string.IsNullOrWhiteSpace(settings.Token)) app.Use(BearerTokenCheck.For(settings.Token));

        app.MapGet("/health", () => Results.Json(new { status = "up", node = settings.Name, time = node.Clock.Now }));
        app.MapPost("/api/commands", async (CommandRequest request, CancellationToken cancellationToken) =>
            Results.Json(await node.Commands.ExecuteAsync(request.Words, cancellationToken)));
        app.MapGet("/files/{server}/{share}/{**path}", (string server, string share, string path, string? user, HttpContext context) =>
            FileDownloads.Download(node.Shares, server, share, path, user, context));
        return app;
    }
}

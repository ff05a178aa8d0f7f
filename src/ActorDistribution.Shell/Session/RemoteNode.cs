using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ActorDistribution.Node.Commands;
using ActorDistribution.Node.Http;

namespace ActorDistribution.Shell.Session;

/// <summary>A running node driven over its HTTP API (<c>--connect</c>).</summary>
public sealed class RemoteNode : INodeConnection
{
    private readonly HttpClient _http;

    public RemoteNode(Uri baseAddress, string? token)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        if (!string.IsNullOrWhiteSpace(token)) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public string Description => $"node at {_http.BaseAddress}";

    public async Task<CommandReply> ExecuteAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _http.PostAsJsonAsync("api/commands", new CommandRequest(words), cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                return CommandReply.Failure($"{_http.BaseAddress} refused the request (401): give the node's token with --token.");
            if (!response.IsSuccessStatusCode)
                return CommandReply.Failure($"{_http.BaseAddress} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            return await response.Content.ReadFromJsonAsync<CommandReply>(cancellationToken).ConfigureAwait(false)
                ?? CommandReply.Failure($"{_http.BaseAddress} sent an empty reply.");
        }
        catch (HttpRequestException problem)
        {
            return CommandReply.Failure($"cannot reach {_http.BaseAddress}: {problem.Message}");
        }
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
            {
                var said = NodeMessage(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                return CommandReply.Failure($"{_http.BaseAddress} answered {(int)response.StatusCode} {response.ReasonPhrase}{(said is null ? "." : $": {said}")}");
            }
            return await response.Content.ReadFromJsonAsync<CommandReply>(cancellationToken).ConfigureAwait(false)
                ?? CommandReply.Failure($"{_http.BaseAddress} sent an empty reply.");
        }
        catch (HttpRequestException problem)
        {
            return CommandReply.Failure($"cannot reach {_http.BaseAddress}: {problem.Message}");
        }
    }

    /// <summary>
    /// What a refusing node (or a proxy before it) said: the error of its command reply, the message of a JSON problem, or its
    /// text; null when it said nothing.
    /// </summary>
    internal static string? NodeMessage(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
                foreach (var key in new[] { "error", "Error", "message", "detail", "title" })
                    if (json.RootElement.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                        return text.Trim();
        }
        catch (JsonException)
        {
            // Not JSON: the text itself, on one line.
        }
        var plain = string.Join(" ", body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return plain.Length <= 300 ? plain : plain[..300] + "…";
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}

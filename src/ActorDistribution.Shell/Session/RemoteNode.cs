using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ActorDistribution.Node.Commands;
using ActorDistribution.Node.Http;

namespace ActorDistribution.Shell.Session;

/// <summary>
/// A running node driven over its HTTP API (<c>--connect</c>). Given several nodes of a cluster it uses one and, when that
/// one cannot be reached, the next (any member accepts any command), staying with the one that answered.
/// </summary>
public sealed class RemoteNode : INodeConnection
{
    private readonly IReadOnlyList<HttpClient> _nodes;
    private int _current;

    public RemoteNode(Uri baseAddress, string? token) : this([baseAddress], token)
    {
    }

    public RemoteNode(IReadOnlyList<Uri> nodes, string? token)
    {
        _nodes = nodes.Select(address =>
        {
            var http = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
            if (!string.IsNullOrWhiteSpace(token)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return http;
        }).ToList();
    }

    private HttpClient Current => _nodes[_current];

    public string Description => _nodes.Count == 1 ? $"node at {Current.BaseAddress}" : $"node at {Current.BaseAddress} (of {_nodes.Count})";

    public async Task<CommandReply> ExecuteAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default)
    {
        var down = new List<string>();
        for (var tried = 0; tried < _nodes.Count; tried++)
        {
            var reply = await OnCurrentAsync(words, cancellationToken).ConfigureAwait(false);
            if (reply is not null) return reply;
            down.Add(Current.BaseAddress!.ToString());
            _current = (_current + 1) % _nodes.Count;
        }
        return CommandReply.Failure($"cannot reach {string.Join(", ", down)}: no node answered.");
    }

    /// <summary>The node's reply, or null when it cannot be reached (then the next is tried).</summary>
    private async Task<CommandReply?> OnCurrentAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Current.PostAsJsonAsync("api/commands", new CommandRequest(words), cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                return CommandReply.Failure($"{Current.BaseAddress} refused the request (401): give the node's token with --token.");
            if (!response.IsSuccessStatusCode)
            {
                var said = NodeMessage(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                return CommandReply.Failure($"{Current.BaseAddress} answered {(int)response.StatusCode} {response.ReasonPhrase}{(said is null ? "." : $": {said}")}");
            }
            return await response.Content.ReadFromJsonAsync<CommandReply>(cancellationToken).ConfigureAwait(false)
                ?? CommandReply.Failure($"{Current.BaseAddress} sent an empty reply.");
        }
        catch (HttpRequestException) when (_nodes.Count > 1)
        {
            return null;
        }
        catch (HttpRequestException problem)
        {
            return CommandReply.Failure($"cannot reach {Current.BaseAddress}: {problem.Message}");
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
        foreach (var http in _nodes) http.Dispose();
        return ValueTask.CompletedTask;
    }
}

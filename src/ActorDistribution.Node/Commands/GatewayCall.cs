using Akka.Actor;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Node.Commands;

/// <summary>Asks a domain gateway and turns a <see cref="Rejected"/> answer or a timeout into the command's error.</summary>
public sealed class GatewayCall(ReplyBuilder reply, TimeSpan timeout)
{
    /// <summary>The expected answer, or null after recording the error under the verb's name.</summary>
    public async Task<T?> AskAsync<T>(IActorRef gateway, object request, string verb) where T : class
    {
        object answer;
        try
        {
            // The Ask's own timeout runs on the system clock, which stands still in a simulation: bound it in wall time too.
            answer = await gateway.Ask<object>(request, timeout).WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is TimeoutException or AskTimeoutException)
        {
            reply.Fail($"{verb}: no answer within {timeout.TotalSeconds:0} s.");
            return null;
        }
        switch (answer)
        {
            case T expected:
                return expected;
            case Rejected rejected:
                reply.Fail($"{verb}: {rejected.Reason}");
                return null;
            default:
                reply.Fail($"{verb}: unexpected answer {answer.GetType().Name}.");
                return null;
        }
    }
}

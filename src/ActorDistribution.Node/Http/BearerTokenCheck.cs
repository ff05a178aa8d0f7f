using Microsoft.AspNetCore.Http;

namespace ActorDistribution.Node.Http;

/// <summary>Refuses requests without the configured bearer token (401); the health endpoint stays open for probes.</summary>
internal static class BearerTokenCheck
{
    public static Func<HttpContext, RequestDelegate, Task> For(string token) => async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/health") || HasToken(context, token))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.Response.WriteAsync("A bearer token is required (Authorization: Bearer <node.http.token>).");
    };

    private static bool HasToken(HttpContext context, string token)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        var given = System.Text.Encoding.UTF8.GetBytes(header[prefix.Length..].Trim());
        var expected = System.Text.Encoding.UTF8.GetBytes(token);
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, expected);
    }
}

using Microsoft.AspNetCore.Http;

namespace ActorDistribution.FileServer;

/// <summary>Refuses requests without the configured bearer token (401); the health endpoint stays open for probes.</summary>
public static class BearerTokenCheck
{
    public static Func<HttpContext, RequestDelegate, Task> For(string token) => async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/health") || HasToken(context.Request.Headers.Authorization.ToString(), token))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.Response.WriteAsync("A bearer token is required (Authorization: Bearer <fileserver.token>).");
    };

    public static bool HasToken(string authorization, string token)
    {
        const string prefix = "Bearer ";
        if (!authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        var given = System.Text.Encoding.UTF8.GetBytes(authorization[prefix.Length..].Trim());
        var expected = System.Text.Encoding.UTF8.GetBytes(token);
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, expected);
    }
}

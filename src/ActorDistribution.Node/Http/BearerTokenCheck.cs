using ActorDistribution.Node.WebConsole;
using Microsoft.AspNetCore.Http;

namespace ActorDistribution.Node.Http;

/// <summary>
/// Refuses requests without the configured bearer token (401); the health endpoint and the console's login form stay open.
/// A browser that logged in carries the token in the console's cookie instead of the header; a refused page shows the login form.
/// </summary>
internal static class BearerTokenCheck
{
    public static Func<HttpContext, RequestDelegate, Task> For(string token) => async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/login") || HasToken(context, token))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        if (context.Request.Method == HttpMethods.Get && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ConsoleEndpoints.LoginForm(null));
            return;
        }
        await context.Response.WriteAsync("A bearer token is required (Authorization: Bearer <node.http.token>).");
    };

    public static bool Matches(string given, string token) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given.Trim()), System.Text.Encoding.UTF8.GetBytes(token));

    private static bool HasToken(HttpContext context, string token)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return Matches(header[prefix.Length..], token);
        return context.Request.Cookies.TryGetValue(ConsoleEndpoints.TokenCookie, out var cookie) && Matches(cookie, token);
    }
}

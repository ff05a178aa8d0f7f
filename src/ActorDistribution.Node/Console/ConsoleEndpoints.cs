using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ActorDistribution.Node.WebConsole;

/// <summary>
/// The web console: one HTML page per view (the same embedded page; its script renders the view named by the path),
/// its script and style, and the JSON each view polls. Actions go to <c>POST /api/commands</c> with the shell's words.
/// </summary>
public static class ConsoleEndpoints
{
    /// <summary>The views, by path; <c>/</c> shows the packages.</summary>
    public static readonly IReadOnlyList<string> Pages = ["sites", "packages", "escalations", "inboxes", "clients", "journal"];

    public const string TokenCookie = "adnode-token";

    public static void Map(WebApplication app, DistributionNode node)
    {
        var queries = new ConsoleQueries(node);
        var page = Asset("console.html");
        var loading = page.Replace("{{content}}", "<p class=\"loading\">loading...</p>");
        // The packages view comes with its matrix already in the page; the others are drawn by the script's first poll.
        async Task<IResult> Packages() => Results.Content(page.Replace("{{content}}", PackagesTable.Html(await queries.PackagesAsync())), "text/html; charset=utf-8");
        app.MapGet("/", Packages);
        foreach (var name in Pages)
            if (name == "packages") app.MapGet("/" + name, Packages);
            else app.MapGet("/" + name, () => Results.Content(loading, "text/html; charset=utf-8"));
        app.MapGet("/console/console.js", () => Results.Content(Asset("console.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/console/console.css", () => Results.Content(Asset("console.css"), "text/css; charset=utf-8"));

        app.MapGet("/api/console/sites", async () => Results.Json(await queries.SitesAsync()));
        app.MapGet("/api/console/packages", async () => Results.Json(await queries.PackagesAsync()));
        app.MapGet("/api/console/escalations", async () => Results.Json(await queries.EscalationsAsync()));
        app.MapGet("/api/console/inboxes", async () => Results.Json(await queries.InboxesAsync()));
        app.MapGet("/api/console/clients", async () => Results.Json(await queries.ClientsAsync()));
        app.MapGet("/api/console/journal", async (string? entity, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(entity)
                ? Results.Json(new JournalPage(queries.Clock(), "", [], "name an entity, e.g. pkgdir/NTSRV1/OFFICE97 or site/CH2"))
                : Results.Json(await queries.TimelineAsync(entity, cancellationToken)));
        app.MapGet("/api/console/clock", () => Results.Json(queries.Clock()));
        app.MapPost("/api/console/audit-verify", async (CancellationToken cancellationToken) => Results.Json(await queries.VerifyAsync(cancellationToken)));
    }

    /// <summary>
    /// Off loopback a browser cannot send a bearer header on navigation: the login form posts the token once and it comes
    /// back as a same-site, HTTP-only cookie that <see cref="Http.BearerTokenCheck"/> accepts like the header.
    /// </summary>
    public static void MapLogin(WebApplication app, string token)
    {
        app.MapGet("/login", () => Results.Content(LoginForm(null), "text/html; charset=utf-8"));
        app.MapPost("/login", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!Http.BearerTokenCheck.Matches(form["token"].ToString(), token))
                return Results.Content(LoginForm("That is not the node's token (node.http.token)."), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            context.Response.Cookies.Append(TokenCookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            return Results.Redirect("/packages");
        });
    }

    /// <summary>The login form, with what was wrong last time.</summary>
    public static string LoginForm(string? problem) => Asset("login.html")
        .Replace("{{problem}}", problem is null ? "" : $"<p class=\"error\" id=\"login-error\">{System.Net.WebUtility.HtmlEncode(problem)}</p>");

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("console/" + name)
            ?? throw new InvalidOperationException($"the console's {name} is not embedded in the node");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

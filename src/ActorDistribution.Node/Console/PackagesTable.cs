using System.Net;
using System.Text;

namespace ActorDistribution.Node.WebConsole;

/// <summary>
/// The Packages matrix rendered by the node into the page it sends, the same markup the script draws on each poll:
/// the statuses are in the page even before (or without) its script.
/// </summary>
public static class PackagesTable
{
    public static string Html(PackagesPage page)
    {
        if (page.Error is not null) return $"<p class=\"error\">error: {Encode(page.Error)}</p>";
        if (page.Packages.Count == 0) return "<p>no packages yet</p>";
        var html = new StringBuilder("<table id=\"packages\"><thead><tr><th>package</th>");
        foreach (var server in page.Servers) html.Append("<th>").Append(Encode(server)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in page.Packages)
        {
            html.Append($"<tr data-package=\"{Encode(row.Package)}\"><th scope=\"row\">{Encode(row.Package)}<span class=\"version\"> (version {Encode(row.Version)})</span></th>");
            foreach (var cell in row.Cells)
                html.Append($"<td class=\"status status-{Encode(cell.Kind)}\" data-server=\"{Encode(cell.Server)}\" data-kind=\"{Encode(cell.Kind)}\">{Encode(cell.Status)}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

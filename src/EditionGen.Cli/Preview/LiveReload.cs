using System.Net;
using System.Text;

namespace EditionGen.Cli.Preview;

/// <summary>
/// What the preview adds to served pages (never to the built files): a script that reloads the page
/// when a rebuild finishes, and the errors of a failed build shown on the page itself.
/// </summary>
public static class LiveReload
{
    public const string EventsPath = "__editiongen/events";

    public static string Inject(string html, string basePath, IReadOnlyList<string> errors)
    {
        var snippet = new StringBuilder();
        if (errors.Count > 0)
        {
            snippet.Append("<div role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;z-index:9999;max-height:50vh;overflow:auto;")
                .Append("background:#fff0f0;color:#900;border-bottom:3px solid #c00;padding:1em;font:14px/1.5 monospace;white-space:pre-wrap\">")
                .Append("<strong>Build failed; showing the last good build.</strong>\n");
            foreach (var error in errors) snippet.Append(WebUtility.HtmlEncode(error)).Append('\n');
            snippet.Append("</div>");
        }

        snippet.Append("<script>new EventSource(\"").Append(basePath).Append(EventsPath)
            .Append("\").addEventListener(\"reload\",function(){location.reload();});</script>");

        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + snippet : html.Insert(at, snippet.ToString());
    }
}

using AngleSharp.Dom;
using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>Checks what every page needs in its head: a title, a language, a charset and a viewport.</summary>
internal static class DocumentHeadAnalyzer
{
    public static void Analyze(HtmlPage page)
    {
        var document = page.Document;
        var root = document.DocumentElement;

        // Only the head's title names the page; an SVG's <title> in the body does not.
        if (string.IsNullOrWhiteSpace(document.Head?.QuerySelector("title")?.TextContent))
        {
            page.Error(DiagnosticCodes.TitleMissing, page.Locate(document.Head),
                "the page has no <title> or an empty one; give the template a <title> in <head>.");
        }

        if (string.IsNullOrWhiteSpace(root?.GetAttribute("lang")))
        {
            page.Error(DiagnosticCodes.LanguageMissing, page.Locate(root),
                "<html> has no lang attribute; add lang=\"zh-CN\" (the configured language) to the template's <html>.");
        }

        if (!HasCharset(document))
        {
            page.Error(DiagnosticCodes.CharsetMissing, page.Locate(document.Head),
                "the page does not declare its encoding; add <meta charset=\"utf-8\"> as the first element of <head>.");
        }

        if (document.QuerySelector("meta[name='viewport' i]") is null)
        {
            page.Warning(DiagnosticCodes.ViewportMissing, page.Locate(document.Head),
                "the page has no viewport and will be tiny on phones; add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">.");
        }
    }

    private static bool HasCharset(IDocument document) =>
        document.QuerySelector("meta[charset]") is not null
        || document.QuerySelectorAll("meta[http-equiv='content-type' i]")
            .Any(meta => (meta.GetAttribute("content") ?? "").Contains("charset=", StringComparison.OrdinalIgnoreCase));
}

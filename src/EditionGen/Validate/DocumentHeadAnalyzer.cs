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
        var head = document.Head?.Children ?? Enumerable.Empty<IElement>();
        if (string.IsNullOrWhiteSpace(head.FirstOrDefault(e => e.LocalName == "title")?.TextContent))
        {
            page.Error(DiagnosticCodes.TitleMissing, page.Locate(document.Head),
                "the page has no <title> or an empty one; give the template a <title> in <head>.");
        }

        if (string.IsNullOrWhiteSpace(root?.GetAttribute("lang")))
        {
            page.Error(DiagnosticCodes.LanguageMissing, page.Locate(root),
                "<html> has no lang attribute; add lang=\"zh-CN\" (the configured language) to the template's <html>.");
        }

        var metas = page.ElementsNamed("meta").ToList();
        if (!HasCharset(metas))
        {
            page.Error(DiagnosticCodes.CharsetMissing, page.Locate(document.Head),
                "the page does not declare its encoding; add <meta charset=\"utf-8\"> as the first element of <head>.");
        }

        if (!metas.Any(meta => string.Equals(meta.GetAttribute("name"), "viewport", StringComparison.OrdinalIgnoreCase)))
        {
            page.Warning(DiagnosticCodes.ViewportMissing, page.Locate(document.Head),
                "the page has no viewport and will be tiny on phones; add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">.");
        }
    }

    private static bool HasCharset(IEnumerable<IElement> metas) =>
        metas.Any(meta => meta.HasAttribute("charset")
            || (string.Equals(meta.GetAttribute("http-equiv"), "content-type", StringComparison.OrdinalIgnoreCase)
                && (meta.GetAttribute("content") ?? "").Contains("charset=", StringComparison.OrdinalIgnoreCase)));
}

using AngleSharp.Dom;
using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>Warns about what screen readers stumble on: images without alt, links without a name, skipped heading levels.</summary>
internal static class AccessibilityAnalyzer
{
    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    public static void Analyze(HtmlPage page)
    {
        var document = page.Document;

        foreach (var image in document.QuerySelectorAll("img:not([alt])"))
        {
            page.Warning(DiagnosticCodes.ImageAltMissing, page.Locate(image),
                $"the image '{image.GetAttribute("src")}' has no alt text; describe it in alt, or write alt=\"\" if it is decoration.");
        }

        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            if (!HasAccessibleName(link))
            {
                page.Warning(DiagnosticCodes.LinkEmpty, page.Locate(link),
                    $"the link '{link.GetAttribute("href")}' has no text and no aria-label; give it words a screen reader can say.");
            }
        }

        var previous = 0;
        foreach (var heading in document.QuerySelectorAll(string.Join(',', Headings)))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                page.Warning(DiagnosticCodes.HeadingSkipped, page.Locate(heading),
                    $"<h{level}> follows <h{previous}> and skips a level; use <h{previous + 1}> or restyle the heading with CSS.");
            }

            previous = level;
        }
    }

    private static bool HasAccessibleName(IElement link) =>
        !string.IsNullOrWhiteSpace(link.TextContent)
        || !string.IsNullOrWhiteSpace(link.GetAttribute("aria-label"))
        || !string.IsNullOrWhiteSpace(link.GetAttribute("aria-labelledby"))
        || !string.IsNullOrWhiteSpace(link.GetAttribute("title"))
        || link.QuerySelectorAll("img[alt]").Any(image => !string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
}

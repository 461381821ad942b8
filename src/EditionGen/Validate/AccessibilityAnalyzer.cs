using AngleSharp.Dom;
using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>Warns about what screen readers stumble on: images without alt, links without a name, skipped heading levels.</summary>
internal static class AccessibilityAnalyzer
{
    public static void Analyze(HtmlPage page)
    {
        foreach (var image in page.ElementsNamed("img").Where(e => !e.HasAttribute("alt")))
        {
            page.Warning(DiagnosticCodes.ImageAltMissing, page.Locate(image),
                $"the image '{image.GetAttribute("src")}' has no alt text; describe it in alt, or write alt=\"\" if it is decoration.");
        }

        foreach (var link in page.ElementsNamed("a").Where(e => e.HasAttribute("href")))
        {
            if (!HasAccessibleName(link))
            {
                page.Warning(DiagnosticCodes.LinkEmpty, page.Locate(link),
                    $"the link '{link.GetAttribute("href")}' has no text and no aria-label; give it words a screen reader can say.");
            }
        }

        var previous = 0;
        foreach (var heading in page.Elements.Where(IsHeading))
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
        || link.GetElementsByTagName("img").Any(image => !string.IsNullOrWhiteSpace(image.GetAttribute("alt")));

    private static bool IsHeading(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'];
}

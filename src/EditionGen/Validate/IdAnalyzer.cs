using AngleSharp.Dom;
using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>Collects the anchors a page defines and reports ids used twice, which break fragment links.</summary>
internal static class IdAnalyzer
{
    public static void Analyze(HtmlPage page)
    {
        var firstById = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in page.Elements.Where(e => e.HasAttribute("id")))
        {
            var id = element.Id;
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            page.Anchors.Add(id);
            if (firstById.TryGetValue(id, out var first))
            {
                var firstAt = page.Locate(first);
                page.Error(DiagnosticCodes.IdDuplicate, page.Locate(element),
                    $"the id '{id}' is already used at line {firstAt.Line}; ids must be unique on a page, so rename one of them.");
            }
            else
            {
                firstById[id] = element;
            }
        }

        // Browsers also scroll to <a name>, an older form of anchor.
        foreach (var anchor in page.ElementsNamed("a").Where(e => e.HasAttribute("name")))
        {
            var name = anchor.GetAttribute("name");
            if (!string.IsNullOrEmpty(name))
            {
                page.Anchors.Add(name);
            }
        }
    }
}

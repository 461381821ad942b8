using AngleSharp.Dom;
using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>
/// Checks every link and asset reference of a page against the known output paths. Fragment links to other
/// pages are only recorded here; <see cref="SiteValidator.Complete"/> checks them once every page was seen.
/// </summary>
internal sealed class LinkAnalyzer(ValidationOptions options, LinkResolver resolver)
{
    // Which attributes hold URLs, and whether a missing target is a missing asset rather than a broken link.
    private static readonly (string Element, string Attribute, bool IsAsset)[] References =
    [
        ("a", "href", false),
        ("area", "href", false),
        ("iframe", "src", false),
        ("link", "href", true),
        ("img", "src", true),
        ("script", "src", true),
        ("source", "src", true),
        ("audio", "src", true),
        ("video", "src", true),
        ("video", "poster", true),
        ("track", "src", true),
        ("embed", "src", true),
        ("object", "data", true),
        ("input", "src", true),
    ];

    private static readonly ILookup<string, (string Element, string Attribute, bool IsAsset)> ReferencesByElement =
        References.ToLookup(r => r.Element, StringComparer.Ordinal);

    private static IEnumerable<(string Element, string Attribute, bool IsAsset)> ReferencesOf(string localName) =>
        ReferencesByElement[localName];

    private static readonly string[] AssetRelations = ["stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"];

    public void Analyze(HtmlPage page)
    {
        var resolveFrom = ResolutionPath(page);
        foreach (var element in page.Elements)
        {
            foreach (var (name, attribute, isAsset) in ReferencesOf(element.LocalName))
            {
                if (element.GetAttribute(attribute) is not { } target) continue;
                var asset = isAsset && (element.LocalName != "link" || IsAssetLink(element));
                Check(page, resolveFrom, element, target, asset);
            }
        }

        foreach (var element in page.Elements.Where(e => e.LocalName is "img" or "source" && e.HasAttribute("srcset")))
        {
            foreach (var candidate in (element.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Check(page, resolveFrom, element, candidate.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0], isAsset: true);
            }
        }
    }

    /// <summary>
    /// The path relative links resolve against: the page itself, or what its <c>&lt;base href&gt;</c> names;
    /// null when the base is on another host, so that relative links leave the site.
    /// </summary>
    private string? ResolutionPath(HtmlPage page)
    {
        var element = page.ElementsNamed("base").FirstOrDefault(e => e.HasAttribute("href"));
        if (element is null)
        {
            return page.SitePath;
        }

        var href = element.GetAttribute("href") ?? "";
        var link = resolver.Resolve(page.SitePath, href);
        switch (link.Kind)
        {
            case LinkKind.Local:
                return link.Path;
            case LinkKind.External:
                return null;
            case LinkKind.SamePage:
                return page.SitePath;
            default:
                page.Error(DiagnosticCodes.LinkOutsideBase, page.Locate(element),
                    $"<base href=\"{href}\"> points outside the site's base path {options.NormalizedBasePath}; every relative link of the page would break.");
                return page.SitePath;
        }
    }

    private void Check(HtmlPage page, string? resolveFrom, IElement element, string href, bool isAsset)
    {
        if (resolveFrom is null && LinkResolver.IsRelative(href))
        {
            return;
        }

        var link = resolver.Resolve(resolveFrom ?? page.SitePath, href);
        if (link.Kind == LinkKind.SamePage && link.Path != page.SitePath)
        {
            // With a <base>, even "#id" goes to the base's page rather than this one.
            link = link with { Kind = LinkKind.Local };
        }

        switch (link.Kind)
        {
            case LinkKind.External:
                return;
            case LinkKind.SamePage when isAsset && string.IsNullOrWhiteSpace(href):
                page.Error(DiagnosticCodes.AssetMissing, page.Locate(element),
                    $"<{element.LocalName}> has an empty address, which loads the page itself; give it the path of the file it needs.");
                return;
            case LinkKind.SamePage:
                CheckSamePageFragment(page, element, href, link.Fragment);
                return;
            case LinkKind.OutsideBase:
                page.Error(DiagnosticCodes.LinkOutsideBase, page.Locate(element),
                    $"'{href}' leaves the site's base path {options.NormalizedBasePath} and will not resolve when published there; "
                    + $"write it relative to the page or start it with {options.NormalizedBasePath}.");
                return;
            case LinkKind.AboveRoot:
                page.Error(DiagnosticCodes.LinkOutsideBase, page.Locate(element),
                    $"'{href}' climbs above the site's root with too many '../'; remove one or link from the base path.");
                return;
        }

        if (!link.Exists(options.KnownPaths))
        {
            if (isAsset)
            {
                page.Error(DiagnosticCodes.AssetMissing, page.Locate(element),
                    $"<{element.LocalName}> needs '{href}' ({link.Path}), which the site does not contain; add the file to the site's assets or fix the path.");
            }
            else
            {
                page.Error(DiagnosticCodes.LinkBroken, page.Locate(element),
                    $"the link '{href}' points to {link.Path}, which the site does not contain; fix the link or build the page it names.");
            }

            return;
        }

        var target = link.ExistingPath(options.KnownPaths);
        if (!string.IsNullOrEmpty(link.Fragment) && target.EndsWith(".html", StringComparison.Ordinal))
        {
            if (target == page.SitePath)
            {
                CheckSamePageFragment(page, element, href, link.Fragment);
            }
            else
            {
                page.FragmentLinks.Add(new FragmentLink(page.Locate(element), href, target, link.Fragment, page.Origin));
            }
        }
    }

    private static void CheckSamePageFragment(HtmlPage page, IElement element, string href, string? fragment)
    {
        if (!IsFragmentTarget(page.Anchors, fragment))
        {
            page.Error(DiagnosticCodes.AnchorBroken, page.Locate(element),
                $"the link '{href}' points to #{fragment}, but this page has no element with id '{fragment}'; add the id or fix the link.");
        }
    }

    /// <summary>An empty fragment and <c>#top</c> scroll to the top of any page, as browsers do.</summary>
    internal static bool IsFragmentTarget(IReadOnlySet<string> anchors, string? fragment) =>
        string.IsNullOrEmpty(fragment)
        || anchors.Contains(fragment)
        || fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    private static bool IsAssetLink(IElement link)
    {
        var relations = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return relations.Any(relation => AssetRelations.Contains(relation, StringComparer.OrdinalIgnoreCase));
    }
}

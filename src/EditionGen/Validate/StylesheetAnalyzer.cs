using System.Text.RegularExpressions;
using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Validate;

/// <summary>Checks that the fonts, images and imports a stylesheet names with <c>url(…)</c> or <c>@import</c> exist.</summary>
internal sealed partial class StylesheetAnalyzer(ValidationOptions options, LinkResolver resolver)
{
    public static bool IsStylesheet(string sitePath) => sitePath.EndsWith(".css", StringComparison.Ordinal);

    public IReadOnlyList<Diagnostic> Analyze(SiteFile file)
    {
        var text = file.Text;
        var lines = new LineMap(text);
        var displayPath = options.DisplayPathOf(file.Path);
        var diagnostics = new List<Diagnostic>();
        foreach (Match match in Reference().Matches(WithoutComments(text)))
        {
            var group = match.Groups["url"].Success ? match.Groups["url"] : match.Groups["import"];
            var link = resolver.Resolve(file.Path, group.Value);
            if (link.Kind is LinkKind.External or LinkKind.SamePage || (link.Kind == LinkKind.Local && link.Exists(options.KnownPaths)))
            {
                continue;
            }

            var (line, column) = lines.Locate(group.Index);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AssetMissing, new SourceLocation(displayPath, line, column),
                $"the stylesheet needs '{group.Value}' ({link.Path}), which the site does not contain; add the file to the site's assets or fix the path."));
        }

        return diagnostics;
    }

    // Comments are blanked rather than removed so that positions stay where they were.
    private static string WithoutComments(string css) =>
        Comment().Replace(css, match => new string(' ', match.Length));

    [GeneratedRegex("""url\(\s*(?<quote>['"]?)(?<url>[^'")]*)\k<quote>\s*\)|@import\s+(?<iquote>['"])(?<import>[^'"]*)\k<iquote>""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}

using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

public class StylesheetCheckSpecs
{
    [Fact]
    public void Fonts_images_and_imports_a_stylesheet_names_must_exist()
    {
        var site = new HashSet<string>(StringComparer.Ordinal) { "assets/site.css", "assets/fonts/serif.woff2", "assets/print.css" };
        const string css = """
            @import "print.css";
            @import 'missing.css';
            /* url(commented-out.png) is not a reference */
            @font-face { font-family: Serif; src: url("fonts/serif.woff2") format("woff2"), url(fonts/serif.woff) format("woff"); }
            .masthead { background: url(data:image/png;base64,AAAA) no-repeat, url( '/assets/paper.jpg' ); filter: url(#blur); }
            """;
        var validator = new SiteValidator(new ValidationOptions { KnownPaths = site });

        var findings = validator.Check(SiteFile.FromText("assets/site.css", css));

        Assert.Equal(
            [("site-output/assets/site.css", 2, 10), ("site-output/assets/site.css", 4, 85), ("site-output/assets/site.css", 5, 74)],
            findings.Select(d => (d.Location.Path, d.Location.Line, d.Location.Column)));
        Assert.All(findings, d => Assert.Equal(DiagnosticCodes.AssetMissing, d.Code));
    }
}

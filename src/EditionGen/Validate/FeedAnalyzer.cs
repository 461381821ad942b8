using System.Xml;
using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Validate;

/// <summary>
/// Checks that every page a sitemap or feed lists exists: sitemap <c>&lt;loc&gt;</c>, Atom <c>&lt;link href&gt;</c>
/// and RSS <c>&lt;link&gt;</c>. Their URLs are absolute, so without a configured host every http(s) host counts as the site's own.
/// </summary>
internal sealed class FeedAnalyzer(ValidationOptions options)
{
    private static readonly HashSet<string> FeedNames = new(["sitemap.xml", "feed.xml", "atom.xml", "rss.xml"], StringComparer.Ordinal);

    private readonly LinkResolver _resolver = new(options.NormalizedBasePath, options.SiteHost, anyHostIsOwn: options.SiteHost is null);

    public static bool IsFeed(string sitePath) => FeedNames.Contains(sitePath[(sitePath.LastIndexOf('/') + 1)..]);

    public IReadOnlyList<Diagnostic> Analyze(SiteFile file)
    {
        var displayPath = options.DisplayPathOf(file.Path);
        var diagnostics = new List<Diagnostic>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(file.Bytes), settings);
            var lineInfo = (IXmlLineInfo)reader;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("loc" or "link"))
                {
                    reader.Read();
                    continue;
                }

                var location = new SourceLocation(displayPath, lineInfo.LineNumber, lineInfo.LinePosition);
                var href = reader.GetAttribute("href");
                string url;
                if (href is not null || reader.IsEmptyElement)
                {
                    url = href ?? "";
                    reader.Read();
                }
                else
                {
                    // Reading the content already moves past the end tag.
                    url = reader.ReadElementContentAsString();
                }

                Check(file.Path, url.Trim(), location, diagnostics);
            }
        }
        catch (XmlException exception)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FeedUnreadable,
                new SourceLocation(displayPath, exception.LineNumber, exception.LinePosition),
                $"the file is not well-formed XML ({exception.Message}); fix the template that writes it."));
        }

        return diagnostics;
    }

    private void Check(string feedPath, string url, SourceLocation location, List<Diagnostic> diagnostics)
    {
        if (url.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FeedEntryBroken, location,
                "the entry has an empty address; give it the URL of the page it lists."));
            return;
        }

        var link = _resolver.Resolve(feedPath, url);
        var broken = link.Kind switch
        {
            LinkKind.Local => !link.Exists(options.KnownPaths),
            LinkKind.OutsideBase or LinkKind.AboveRoot => true,
            _ => false,
        };
        if (broken)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FeedEntryBroken, location,
                $"the entry '{url}' lists {link.Path}, which the site does not contain under {options.NormalizedBasePath}; "
                + "drop the entry or build the page."));
        }
    }
}

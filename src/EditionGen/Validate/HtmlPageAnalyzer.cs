using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Validate;

/// <summary>Parses one page with AngleSharp, reports its parse errors, and runs the page analyzers over it.</summary>
internal sealed class HtmlPageAnalyzer(ValidationOptions options, LinkResolver resolver)
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        // Strict mode would throw on the first error; we want every error, with its position.
        IsStrictMode = false,
        IsKeepingSourceReferences = true,
    };

    private readonly LinkAnalyzer _links = new(options, resolver);

    public HtmlPage Analyze(SiteFile file)
    {
        var text = file.Text;
        var lines = new LineMap(text);
        var displayPath = options.DisplayPathOf(file.Path);
        var parseErrors = new List<HtmlErrorEvent>();

        // A parser per page: the parser and its error event are not meant to be shared between threads.
        var parser = new HtmlParser(ParserOptions);
        parser.Error += (_, error) =>
        {
            if (error is HtmlErrorEvent htmlError)
            {
                parseErrors.Add(htmlError);
            }
        };
        var document = parser.ParseDocument(text);

        var page = new HtmlPage(file.Path, displayPath, file.Origin, document, lines);
        foreach (var error in parseErrors)
        {
            page.Error(DiagnosticCodes.HtmlParse, page.Locate(error.Position),
                $"the HTML does not parse cleanly: {error.Message.TrimEnd('.')}; {ParseErrorHint.For(error.Code)}.");
        }

        DocumentHeadAnalyzer.Analyze(page);
        IdAnalyzer.Analyze(page);
        _links.Analyze(page);
        AccessibilityAnalyzer.Analyze(page);
        return page;
    }
}

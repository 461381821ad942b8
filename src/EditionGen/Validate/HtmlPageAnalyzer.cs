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

    // One parser a thread, made once: each new parser builds a browsing context of its own (AngleSharp's whole
    // default configuration), which cost more than parsing a page. A parser is not shared between threads.
    [ThreadStatic] private static ThreadParser? _threadParser;

    public HtmlPage Analyze(SiteFile file)
    {
        var text = file.Text;
        var lines = new LineMap(text);
        var displayPath = options.DisplayPathOf(file.Path);
        var parser = _threadParser ??= new ThreadParser();
        var (document, parseErrors) = parser.Parse(text);

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

    /// <summary>A parser and the errors it reported for the page it parsed last.</summary>
    private sealed class ThreadParser
    {
        private readonly HtmlParser _parser = new(ParserOptions);
        private List<HtmlErrorEvent> _errors = [];

        public ThreadParser() => _parser.Error += (_, error) =>
        {
            if (error is HtmlErrorEvent htmlError) _errors.Add(htmlError);
        };

        public (AngleSharp.Html.Dom.IHtmlDocument Document, List<HtmlErrorEvent> Errors) Parse(string text)
        {
            var errors = _errors = [];
            return (_parser.ParseDocument(text), errors);
        }
    }
}

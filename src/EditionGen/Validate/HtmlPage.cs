using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Text;
using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>One parsed page and the findings about it, shared by the page analyzers.</summary>
internal sealed class HtmlPage(string sitePath, string displayPath, string? origin, IHtmlDocument document, LineMap lines)
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The page's path relative to the output folder, such as <c>2023/05/30/index.html</c>.</summary>
    public string SitePath { get; } = sitePath;

    /// <summary>The template or file the page came from, named in every finding.</summary>
    public string? Origin { get; } = origin;

    public IHtmlDocument Document { get; } = document;

    /// <summary>
    /// Every element in document order, listed once: the analyzers filter this list instead of running
    /// a selector each, which would walk the whole tree again every time.
    /// </summary>
    public IReadOnlyList<IElement> Elements { get; } = document.All.ToArray();

    public IEnumerable<IElement> ElementsNamed(string localName) =>
        Elements.Where(e => string.Equals(e.LocalName, localName, StringComparison.Ordinal));

    /// <summary>Every id and <c>&lt;a name&gt;</c> a fragment link may point to.</summary>
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Fragment links to other pages, resolved once every page has been seen.</summary>
    public List<FragmentLink> FragmentLinks { get; } = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public SourceLocation Locate(TextPosition position) => position.Line == 0
        ? SourceLocation.File(displayPath)
        : At(lines.Locate(position.Index));

    public SourceLocation Locate(IElement? element) =>
        element?.SourceReference is { } reference ? Locate(reference.Position) : SourceLocation.File(displayPath);

    public void Error(string code, SourceLocation location, string message) =>
        _diagnostics.Add(Diagnostic.Error(code, location, WithOrigin(message)));

    public void Warning(string code, SourceLocation location, string message) =>
        _diagnostics.Add(Diagnostic.Warning(code, location, WithOrigin(message)));

    private SourceLocation At((int Line, int Column) position) => new(displayPath, position.Line, position.Column);

    // The page is generated, so the place to fix it is usually the template it came from.
    private string WithOrigin(string message) => Origin is null ? message : $"{message} (produced by {Origin})";
}

using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditionGen.Content;

/// <summary>
/// Renders an article file's Markdown body. The pipeline is explicit rather than
/// <c>UseAdvancedExtensions</c> so that nothing turns plain newspaper text into markup by surprise:
/// front matter is skipped, <c>:::caption</c> and <c>:::note</c> containers are read, raw HTML is
/// shown as text, and headings get GitHub-style ids, which keep CJK characters
/// (<c>## 强信心</c> becomes <c>id="强信心"</c>; a heading of punctuation only gets <c>section</c>;
/// repeats get <c>-1</c>, <c>-2</c>).
/// </summary>
internal static class MarkdownBody
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCustomContainers()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    // Hand-written links are the editor's choice, but never a script.
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:", "file:"];

    /// <summary>The plain text of the body alone, for an excerpt when the content is read: no HTML, no blocks.</summary>
    public static string PlainTextOf(string text) => PlainText.Of(Markdown.Parse(text, Pipeline));

    public static ArticleBody Render(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        NeutraliseUnsafeLinks(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        return new ArticleBody(writer.ToString(), PlainText.Of(document), BodyBlocks.Of(document, text));
    }

    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url?.Trim() ?? "";
            if (UnsafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase))) link.Url = "#";
        }
    }
}

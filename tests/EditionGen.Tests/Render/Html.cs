using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EditionGen.Tests.Render;

/// <summary>Parses rendered pages with AngleSharp for assertions.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Text with runs of whitespace collapsed, for comparing what a reader sees.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IElement One(this IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"nothing matches '{selector}'.");
}

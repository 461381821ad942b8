using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>An article body three ways: HTML for pages, plain text for descriptions and search, blocks for JSON.</summary>
internal sealed record RenderedBody(string Html, string PlainText, IReadOnlyList<Block> Blocks);

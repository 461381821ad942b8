using EditionGen.Diagnostics;
using Scriban.Parsing;

namespace EditionGen.Render;

/// <summary>Turns Scriban's 0-based spans into our 1-based <see cref="SourceLocation"/>s.</summary>
internal static class Locations
{
    public static SourceLocation Of(SourceSpan span, string fallbackPath) => new(
        string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName,
        span.Start.Line + 1,
        span.Start.Column + 1);
}

namespace EditionGen.Ingest.Parsing;

/// <summary>A line that opens a printed page, such as <c>第2版：要闻</c>.</summary>
internal sealed record PageMarker(int Number, string? Name);

using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Tests.Ingest.Reading.Features;

/// <summary>Lines of a seed as the reader sees them, each a paragraph of its own between blank lines.</summary>
internal static class PrintedLines
{
    public static IReadOnlyList<ReaderLine> Of(params string[] texts) =>
        texts.Select((t, i) => new ReaderLine(i + 1, t, Indented: false, BlankBefore: true, BlankAfter: true)).ToList();

    /// <summary>What each line shows on its own, measured against the seed the lines make.</summary>
    public static IReadOnlyList<LineEvidence> Evidence(params string[] texts) => Evidence(Of(texts));

    public static IReadOnlyList<LineEvidence> Evidence(IReadOnlyList<ReaderLine> lines)
    {
        var profile = SeedProfile.Of(lines);
        return lines.Select(l => LineEvidence.Of(l, profile)).ToList();
    }
}

using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading;
using EditionGen.Ingest.Reading.Assembly;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Assembly;

/// <summary>Labelled seeds made by hand, each line with the label the reader gave it and how sure it was, assembled into an issue.</summary>
internal static class SeedsByHand
{
    /// <param name="openings">How likely each line is to open an article; none: as sure as each line's label.</param>
    public static EditionGen.Model.Issue Assemble(IReadOnlyList<(string Text, LineLabel Label, double Sure)> lines, IReadOnlyList<double>? openings = null)
    {
        var readerLines = lines.Select((l, i) => new ReaderLine(i + 1, l.Text, Indented: false, BlankBefore: true, BlankAfter: true)).ToList();
        var marginals = lines.Select(l =>
        {
            var p = new double[LineLabels.Count];
            p[(int)l.Label] = l.Sure;
            return p;
        }).ToList();
        var seed = new LabeledSeed(readerLines, lines.Select(l => l.Label).ToList(), marginals, openings);
        return new IssueAssembler(seed, new WarningList()).Assemble("seed.txt");
    }
}

using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Assembly;

/// <summary>
/// How sure the reader is of where an article starts and ends, from how likely each line is to open an article
/// (<see cref="LabeledSeed.Opening"/>): that its first line opens one, that the line after its last opens the next
/// (or is a page marker or other line outside the articles), and that none of its own lines below its headline
/// does. The decisions it is not sure of are the lines a person should check: a start it doubts, and a line inside
/// it that may well head an article of its own.
/// </summary>
internal static class ArticleBoundary
{
    /// <summary>
    /// Below this probability a start, or the absence of one, is reported. Measured on a month the reader was not
    /// trained on (README, "The reader"): at 0.8 two warnings in five stand at a misread article start and they
    /// point at about a third of the misread starts, where warning below 0.5 pointed at one in ten.
    /// </summary>
    public const double Doubtful = 0.8;

    /// <summary>The article's boundary confidence, and the lines (seed indexes) whose start or its absence is doubtful with how likely each is to open an article.</summary>
    public static (double Confidence, IReadOnlyList<(int Index, double Opening)> Doubts) Of(LabeledSeed seed, IReadOnlyList<int> lines)
    {
        var start = lines.Min();
        var doubts = new List<(int, double)>();
        var sure = StartSureness(seed, start);
        if (sure < Doubtful) doubts.Add((start, sure));

        var after = lines.Max() + 1;
        if (after < seed.Lines.Count) sure = Math.Min(sure, StartSureness(seed, after));

        foreach (var i in lines)
        {
            if (i == start || seed.Labels[i].IsHeadline()) continue;
            var opening = seed.Opening(i);
            sure = Math.Min(sure, 1 - opening);
            if (1 - opening < Doubtful) doubts.Add((i, opening));
        }

        doubts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return (sure, doubts);
    }

    /// <summary>
    /// How sure the reader is that line <paramref name="index"/> begins what it begins: as likely as it is to open an
    /// article where its label opens one; as sure as its label where the line starts an article by its place alone
    /// (text under a page marker) or stands outside the articles.
    /// </summary>
    private static double StartSureness(LabeledSeed seed, int index) =>
        seed.LabelOpens(index) ? seed.Opening(index) : seed.Confidence(index);
}

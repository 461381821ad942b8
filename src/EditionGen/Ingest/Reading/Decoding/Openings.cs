using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// How likely each line is to open an article, over all labellings: the line is the first text line of an
/// article whose headline follows it, or a headline line under a line that is not one (or the seed's first
/// line). Summed over the probabilities of each pair of neighbouring labels (forward-backward), so a title
/// read as a subhead with a fair chance of being a title shows as a likely opening, and a title that could as
/// well be a subtitle under the line above shows as an unlikely one.
/// </summary>
public static class Openings
{
    public static double[] Compute(float[][] emissions, float[] transitions, float temperature) =>
        Compute(emissions, Moves.Of(transitions, temperature));

    public static double[] Compute(float[][] emissions, Moves moves)
    {
        ArgumentNullException.ThrowIfNull(emissions);
        ArgumentNullException.ThrowIfNull(moves);
        return Of(ForwardBackward.Run(emissions, moves), moves);
    }

    /// <summary>Whether a line labelled <paramref name="to"/> under one labelled <paramref name="from"/> (<see cref="LineLabels.Count"/>: no line) opens an article.</summary>
    public static bool Opens(int from, int to) => Table[from * LineLabels.Count + to];

    /// <summary><see cref="Opens"/> for every pair, row by row as the transitions are (the seed's start last).</summary>
    private static readonly bool[] Table = Enumerable.Range(0, (LineLabels.Count + 1) * LineLabels.Count).Select(k =>
    {
        var (from, to) = (k / LineLabels.Count, (LineLabel)(k % LineLabels.Count));
        return to == LineLabel.Start || to.IsHeadline() && (from == LineLabels.Count || !((LineLabel)from).IsHeadline());
    }).ToArray();

    internal static double[] Of(ForwardBackward sums, Moves moves)
    {
        var labels = LineLabels.Count;
        var result = new double[sums.Lines];
        if (sums.Lines == 0) return result;
        var first = new double[labels];
        for (var l = 0; l < labels; l++) first[l] = sums.Alpha[l] * sums.Beta[l];
        ForwardBackward.Normalise(first);
        for (var l = 0; l < labels; l++) result[0] += Opens(labels, l) ? first[l] : 0;

        // The pair (from, to) at lines i−1 and i weighs alpha(i−1, from) × move(from, to) × local(i, to) × beta(i, to):
        // summed over every line above, and over the lines above that are not headlines, for each label of line i.
        var any = new double[labels];
        var plain = new double[labels];
        for (var i = 1; i < sums.Lines; i++)
        {
            Array.Clear(any);
            Array.Clear(plain);
            for (var from = 0; from < labels; from++)
            {
                var a = sums.Alpha[(i - 1) * labels + from];
                if (a == 0) continue;
                var row = moves.Forward.AsSpan(from * labels, labels);
                ForwardBackward.AddScaled(any, a, row);
                if (!((LineLabel)from).IsHeadline()) ForwardBackward.AddScaled(plain, a, row);
            }

            double opening = 0, total = 0;
            for (var to = 0; to < labels; to++)
            {
                var here = sums.Local[i * labels + to] * sums.Beta[i * labels + to];
                total += any[to] * here;
                if ((LineLabel)to == LineLabel.Start) opening += any[to] * here;
                else if (((LineLabel)to).IsHeadline()) opening += plain[to] * here;
            }

            result[i] = total > 0 ? opening / total : 0;
        }

        return result;
    }
}

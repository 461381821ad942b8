using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading;

/// <summary>
/// A seed's lines with the label the reader gave each, the probability of every label at every line and, when the
/// reader gives them, the probability that each line opens an article (<see cref="Decoding.Openings"/>).
/// </summary>
public sealed record LabeledSeed(IReadOnlyList<ReaderLine> Lines, IReadOnlyList<LineLabel> Labels, IReadOnlyList<double[]> Marginals, IReadOnlyList<double>? Openings = null)
{
    /// <summary>How sure the reader is of the label it gave line <paramref name="index"/>.</summary>
    public double Confidence(int index) => Marginals[index][(int)Labels[index]];

    /// <summary>
    /// How likely line <paramref name="index"/> is to open an article; without the reader's openings, as sure as the
    /// line's own label: that label's probability when it opens an article, what is left of it when it does not.
    /// </summary>
    public double Opening(int index)
    {
        if (Openings is not null) return Openings[index];
        return LabelOpens(index) ? Confidence(index) : 1 - Confidence(index);
    }

    /// <summary>Whether the label line <paramref name="index"/> was given opens an article under the label of the line above (or at the seed's start).</summary>
    public bool LabelOpens(int index) => Decoding.Openings.Opens(index == 0 ? LineLabels.Count : (int)Labels[index - 1], (int)Labels[index]);
}

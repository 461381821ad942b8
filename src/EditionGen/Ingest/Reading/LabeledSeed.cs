using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading;

/// <summary>A seed's lines with the label the reader gave each and the probability of every label at every line.</summary>
public sealed record LabeledSeed(IReadOnlyList<ReaderLine> Lines, IReadOnlyList<LineLabel> Labels, IReadOnlyList<double[]> Marginals)
{
    /// <summary>How sure the reader is of the label it gave line <paramref name="index"/>.</summary>
    public double Confidence(int index) => Marginals[index][(int)Labels[index]];
}

using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// One pass of a model over a seed's lines: the best labelling, the probability of every label at every line, the
/// score the model gives every label at every line (what the best labelling was chosen by), and, when asked for, the
/// probability that each line opens an article.
/// </summary>
public sealed record LabelPass(int[] Path, double[][] Marginals, float[][] Emissions, double[]? Openings = null)
{
    /// <summary>Reads the lines with the model, each described by its <paramref name="features"/> and, when given, its <paramref name="more"/> features.</summary>
    public static LabelPass Run(LabelModel model, IReadOnlyList<ReaderLine> lines, ulong[][] features, ulong[][]? more = null, bool openings = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        var emissions = model.Emissions(features, more);
        LabelMask.Apply(lines, emissions);
        var path = Viterbi.Decode(emissions, model.Transitions);
        var sums = ForwardBackward.Run(emissions, model.Moves);
        return new LabelPass(path, Decoding.Marginals.Of(sums), emissions, openings ? Decoding.Openings.Of(sums, model.Moves) : null);
    }
}

using EditionGen.Ingest.Reading.Decoding;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading;

/// <summary>Labels every line of a seed with the trained model: features, then one decoding over the whole seed.</summary>
public static class SeedReader
{
    public static LabeledSeed Label(string text, ReaderModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Label(ReaderLine.Split(text), model);
    }

    public static LabeledSeed Label(IReadOnlyList<ReaderLine> lines, ReaderModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        model ??= ReaderModelFile.Shipped;
        var features = LineFeatures.Extract(lines, SeedProfile.Of(lines));
        var emissions = model.Emissions(features);
        LabelMask.Apply(lines, emissions);
        var path = Viterbi.Decode(emissions, model.Transitions);
        var marginals = Marginals.Compute(emissions, model.Transitions, model.Temperature);
        return new LabeledSeed(lines, path.Select(p => (LineLabel)p).ToList(), marginals);
    }
}

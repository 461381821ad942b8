using EditionGen.Ingest.Reading.Decoding;

namespace EditionGen.Tests.Ingest.Reading.Decoding;

public class ViterbiSpecs
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_decoded_labelling_scores_as_high_as_any_labelling_of_the_lines(int seed)
    {
        var emissions = LabellingsByHand.Emissions(3, seed);
        var transitions = LabellingsByHand.Transitions(seed + 100);

        var path = Viterbi.Decode(emissions, transitions);

        var all = LabellingsByHand.All(emissions, transitions).ToList();
        var best = all.MaxBy(p => p.Score);
        Assert.Equal(best.Path, path);
    }

    [Fact]
    public void Of_labellings_that_score_the_same_the_first_label_in_order_is_kept()
    {
        var emissions = new float[2][];
        emissions[0] = new float[EditionGen.Ingest.Reading.Labels.LineLabels.Count];
        emissions[1] = new float[EditionGen.Ingest.Reading.Labels.LineLabels.Count];
        var transitions = new float[(EditionGen.Ingest.Reading.Labels.LineLabels.Count + 1) * EditionGen.Ingest.Reading.Labels.LineLabels.Count];

        Assert.Equal([0, 0], Viterbi.Decode(emissions, transitions));
    }
}

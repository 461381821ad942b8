using EditionGen.Ingest.Reading.Decoding;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Decoding;

public class MarginalsSpecs
{
    [Theory]
    [InlineData(1, 32f)]
    [InlineData(2, 8f)]
    [InlineData(3, 1f)]
    public void Each_labels_probability_is_its_share_of_all_labellings_under_the_temperature(int seed, float temperature)
    {
        var emissions = LabellingsByHand.Emissions(3, seed);
        var transitions = LabellingsByHand.Transitions(seed + 100);

        var marginals = Marginals.Compute(emissions, transitions, temperature);

        var all = LabellingsByHand.Weighed(emissions, transitions, temperature);
        for (var i = 0; i < emissions.Length; i++)
        {
            for (var label = 0; label < LineLabels.Count; label++)
            {
                var expected = all.Where(p => p.Path[i] == label).Sum(p => p.Probability);
                Assert.Equal(expected, marginals[i][label], 1e-5);
            }
        }
    }

    [Fact]
    public void Moves_made_once_for_a_model_give_the_same_probabilities_as_the_transitions()
    {
        var emissions = LabellingsByHand.Emissions(12, 7);
        var transitions = LabellingsByHand.Transitions(8);

        var once = Marginals.Compute(emissions, Moves.Of(transitions, 32f));

        Assert.Equal(Marginals.Compute(emissions, transitions, 32f), once);
    }
}

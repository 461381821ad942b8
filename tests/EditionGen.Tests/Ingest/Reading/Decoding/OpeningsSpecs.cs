using EditionGen.Ingest.Reading.Decoding;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Decoding;

public class OpeningsSpecs
{
    [Theory]
    [InlineData(1, 32f)]
    [InlineData(2, 8f)]
    [InlineData(3, 1f)]
    public void Each_lines_chance_of_opening_an_article_is_the_share_of_all_labellings_that_open_one_there(int seed, float temperature)
    {
        var emissions = LabellingsByHand.Emissions(3, seed);
        var transitions = LabellingsByHand.Transitions(seed + 100);

        var openings = Openings.Compute(emissions, transitions, temperature);

        var all = LabellingsByHand.Weighed(emissions, transitions, temperature);
        for (var i = 0; i < emissions.Length; i++)
        {
            var line = i;
            var expected = all.Where(p => Openings.Opens(line == 0 ? LineLabels.Count : p.Path[line - 1], p.Path[line])).Sum(p => p.Probability);
            Assert.Equal(expected, openings[i], 1e-5);
        }
    }

    [Theory]
    [InlineData(LineLabel.Paragraph, LineLabel.Title, true)]
    [InlineData(LineLabel.Kicker, LineLabel.Title, false)]
    [InlineData(LineLabel.Title, LineLabel.Subtitle, false)]
    [InlineData(LineLabel.PageMarker, LineLabel.Kicker, true)]
    [InlineData(LineLabel.Paragraph, LineLabel.Start, true)]
    [InlineData(LineLabel.Title, LineLabel.Paragraph, false)]
    [InlineData(LineLabel.Paragraph, LineLabel.Subhead, false)]
    public void A_headline_under_a_line_that_is_not_one_or_the_text_before_a_headline_opens_an_article(LineLabel above, LineLabel line, bool opens) =>
        Assert.Equal(opens, Openings.Opens((int)above, (int)line));
}

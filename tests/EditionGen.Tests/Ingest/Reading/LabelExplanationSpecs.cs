using EditionGen.Ingest.Reading;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading;

public class LabelExplanationSpecs
{
    [Fact]
    public void A_line_whose_opening_of_an_article_is_in_doubt_shows_its_chance_and_a_sure_line_does_not()
    {
        var lines = new[] { ("春耕备耕有序开展", LineLabel.Title, 1.0, 0.99), ("各地组织农民抓紧开展春耕备耕。", LineLabel.Paragraph, 1.0, 0.0), ("踏雪巡逻", LineLabel.Subhead, 0.62, 0.35) };
        var seed = new LabeledSeed(
            lines.Select((l, i) => new ReaderLine(i + 1, l.Item1, Indented: false, BlankBefore: true, BlankAfter: true)).ToList(),
            lines.Select(l => l.Item2).ToList(),
            lines.Select(l =>
            {
                var p = new double[LineLabels.Count];
                p[(int)l.Item2] = l.Item3;
                p[(int)LineLabel.Title] += 1 - l.Item3;
                return p;
            }).ToList(),
            lines.Select(l => l.Item4).ToList());

        var explained = LabelExplanation.Format(seed).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("     3  subhead           0.62 (or title 0.38) [opens an article 0.35]  踏雪巡逻", explained[2]);
        Assert.DoesNotContain("opens", explained[0] + explained[1], StringComparison.Ordinal);
    }
}

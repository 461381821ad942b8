using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class LabelContextSpecs
{
    private static readonly string[] Texts =
    [
        "第01版", "春耕备耕有序开展", "各地组织农民开展春耕。", "技术人员下田指导", "农业部门派出技术人员。", "多家企业恢复生产", "园区企业八成复工。",
    ];

    [Fact]
    public void The_second_pass_keeps_every_feature_of_the_first_and_adds_what_the_first_pass_read_around_the_line()
    {
        var lines = Lines();
        var features = LineFeatures.Extract(lines, SeedProfile.Of(lines));

        var extended = LabelContext.Join(features, LabelContext.Extract(lines, Path(LineLabel.Subhead), Sure(Path(LineLabel.Subhead))));

        for (var i = 0; i < lines.Count; i++)
        {
            Assert.Superset(features[i].ToHashSet(), extended[i].ToHashSet());
            Assert.True(extended[i].Length > features[i].Length);
        }
    }

    [Fact]
    public void A_short_line_read_as_a_title_and_as_a_subhead_gives_the_second_pass_different_evidence_for_the_lines_around_it()
    {
        var lines = Lines();

        var asSubhead = LabelContext.Extract(lines, Path(LineLabel.Subhead), Sure(Path(LineLabel.Subhead)));
        var asTitle = LabelContext.Extract(lines, Path(LineLabel.Title), Sure(Path(LineLabel.Title)));

        Assert.NotEqual(asSubhead[4].ToHashSet(), asTitle[4].ToHashSet());
        Assert.NotEqual(asSubhead[2].ToHashSet(), asTitle[2].ToHashSet());
        Assert.Equal(asSubhead[0].ToHashSet(), asTitle[0].ToHashSet());
    }

    [Fact]
    public void A_heading_weighs_whether_the_article_above_it_opened_with_a_lead()
    {
        var lines = Lines();
        var withLead = Path(LineLabel.Subhead);
        withLead[2] = (int)LineLabel.Lead;
        var withoutLead = Path(LineLabel.Subhead);

        var afterLead = LabelContext.Extract(lines, withLead, Sure(withLead));
        var afterText = LabelContext.Extract(lines, withoutLead, Sure(withoutLead));

        Assert.NotEqual(afterLead[5].ToHashSet(), afterText[5].ToHashSet());
        Assert.Equal(afterLead[6].ToHashSet(), afterText[6].ToHashSet());
    }

    private static int[] Path(LineLabel fourth) =>
    [
        (int)LineLabel.PageMarker, (int)LineLabel.Title, (int)LineLabel.Paragraph, (int)fourth,
        (int)LineLabel.Paragraph, (int)LineLabel.Title, (int)LineLabel.Paragraph,
    ];

    private static double[][] Sure(int[] path) => path.Select(l =>
    {
        var p = new double[LineLabels.Count];
        p[l] = 1;
        return p;
    }).ToArray();

    private static IReadOnlyList<ReaderLine> Lines() => PrintedLines.Of(Texts);
}

using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Assembly;

public class IssueAssemblerSpecs
{
    [Fact]
    public void A_cut_piece_after_an_article_that_ends_a_sentence_resumes_the_article_left_in_mid_sentence()
    {
        var issue = Assemble(
            ("第01版", LineLabel.PageMarker),
            ("春耕备耕有序开展", LineLabel.Title),
            ("各地在做好疫情防控的同时，组织农民抓紧开展", LineLabel.Paragraph),
            ("多家企业恢复生产", LineLabel.Title),
            ("园区内的企业已有八成复工。", LineLabel.Paragraph),
            ("春耕备耕，不误农时。", LineLabel.Continuation),
            ("农业部门派出技术人员下田指导。", LineLabel.Paragraph));

        var spring = Assert.Single(issue.Articles, a => a.Title == "春耕备耕有序开展");
        Assert.Equal(["各地在做好疫情防控的同时，组织农民抓紧开展春耕备耕，不误农时。", "农业部门派出技术人员下田指导。"], spring.Blocks.Select(b => b.Text));
        Assert.Equal((2, 7), (spring.SourceLines.First, spring.SourceLines.Last));
        var factories = Assert.Single(issue.Articles, a => a.Title == "多家企业恢复生产");
        Assert.Equal(["园区内的企业已有八成复工。"], factories.Blocks.Select(b => b.Text));
        Assert.Contains(issue.Warnings, w => w.Line == 6 && w.Message.Contains("to line 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cut_piece_goes_on_with_the_line_above_when_that_line_stops_in_mid_sentence()
    {
        var issue = Assemble(
            ("第01版", LineLabel.PageMarker),
            ("春耕备耕有序开展", LineLabel.Title),
            ("各地在做好疫情防控的同时，组织农民抓紧开展", LineLabel.Paragraph),
            ("多家企业恢复生产", LineLabel.Title),
            ("园区内的企业已有八成复工，其余企业正在", LineLabel.Paragraph),
            ("办理复工手续。", LineLabel.Continuation));

        var factories = Assert.Single(issue.Articles, a => a.Title == "多家企业恢复生产");
        Assert.Equal(["园区内的企业已有八成复工，其余企业正在办理复工手续。"], factories.Blocks.Select(b => b.Text));
        Assert.Equal((4, 6), (factories.SourceLines.First, factories.SourceLines.Last));
    }

    private static EditionGen.Model.Issue Assemble(params (string Text, LineLabel Label)[] lines) =>
        SeedsByHand.Assemble(lines.Select(l => (l.Text, l.Label, l.Label == LineLabel.Continuation ? 0.4 : 1)).ToList());
}

using EditionGen.Diagnostics;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Assembly;

public class ArticleBoundarySpecs
{
    [Fact]
    public void A_subhead_that_may_well_head_an_article_of_its_own_is_warned_about_at_its_line()
    {
        var issue = Assemble(
            ("春耕备耕有序开展", LineLabel.Title, 0.99),
            ("各地在做好疫情防控的同时，组织农民抓紧开展春耕备耕。", LineLabel.Paragraph, 0.0),
            ("踏雪巡逻", LineLabel.Subhead, 0.35),
            ("民警们骑马巡逻，向牧民宣传疫情防控知识。", LineLabel.Paragraph, 0.01));

        var article = Assert.Single(issue.Articles);
        Assert.Equal(0.65, article.Confidence!.Boundary, 3);
        var warning = Assert.Single(issue.Warnings, w => w.Code == DiagnosticCodes.ArticleBoundaryUncertain);
        Assert.Equal(3, warning.Line);
        Assert.Contains("35 %", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doubtful_start_is_warned_about_at_the_article_it_opens()
    {
        var issue = Assemble(
            ("春耕备耕有序开展", LineLabel.Title, 0.99),
            ("各地在做好疫情防控的同时，组织农民抓紧开展春耕备耕。", LineLabel.Paragraph, 0.0),
            ("多家企业恢复生产", LineLabel.Title, 0.6),
            ("园区内的企业已有八成复工。", LineLabel.Paragraph, 0.01));

        Assert.Equal([0.6, 0.6], issue.Articles.Select(a => a.Confidence!.Boundary));
        var warning = Assert.Single(issue.Warnings, w => w.Code == DiagnosticCodes.ArticleBoundaryUncertain);
        Assert.Equal(3, warning.Line);
        Assert.Contains("多家企业恢复生产", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_the_reader_is_sure_of_are_not_warned_about()
    {
        var issue = Assemble(
            ("春耕备耕有序开展", LineLabel.Title, 0.99),
            ("各地在做好疫情防控的同时，组织农民抓紧开展春耕备耕。", LineLabel.Paragraph, 0.0),
            ("多家企业恢复生产", LineLabel.Title, 0.97),
            ("园区内的企业已有八成复工。", LineLabel.Paragraph, 0.01));

        Assert.Equal([0.97, 0.97], issue.Articles.Select(a => a.Confidence!.Boundary));
        Assert.DoesNotContain(issue.Warnings, w => w.Code == DiagnosticCodes.ArticleBoundaryUncertain);
    }

    private static EditionGen.Model.Issue Assemble(params (string Text, LineLabel Label, double Opening)[] lines) =>
        SeedsByHand.Assemble(lines.Select(l => (l.Text, l.Label, 1.0)).ToList(), lines.Select(l => l.Opening).ToList());
}

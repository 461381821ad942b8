using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Training;

namespace EditionGen.Tests.Ingest.Reading.Training;

public class ParagraphRolesSpecs
{
    private const string Text = "春节期间，家人欢聚，走亲访友，一边忙碌应酬，一边好吃好喝。";

    [Fact]
    public void A_short_line_without_punctuation_between_paragraphs_is_a_subhead()
    {
        var roles = ParagraphRoles.Of([Text, "选择健康合格的茶叶", Text]);

        Assert.Equal([LineLabel.Paragraph, LineLabel.Subhead, LineLabel.Paragraph], roles);
    }

    [Theory]
    [InlineData("一张简单的办公桌，一张简陋的床。")]
    [InlineData("“一张简单的办公桌，一张简陋的床。”")]
    public void A_line_that_ends_a_sentence_stays_a_paragraph(string line)
    {
        var roles = ParagraphRoles.Of([Text, line, Text]);

        Assert.Equal(LineLabel.Paragraph, roles[1]);
    }

    [Theory]
    [InlineData("保障物资运输，通关服务便捷高效")]
    [InlineData("一张简单的办公桌，一张简陋的床；")]
    [InlineData("一张简单的办公桌。一张简陋的床，记者见到")]
    [InlineData("应加快培育影视、娱乐、旅游、保健、体育等夜间消费业态，营造更多夜间消费场景，让群众的夜生活更加丰富多彩")]
    public void A_paragraph_with_clauses_that_stops_without_ending_a_sentence_is_display_text(string line)
    {
        var roles = ParagraphRoles.Of([Text, line, Text]);

        Assert.Equal(LineLabel.Display, roles[1]);
    }

    [Fact]
    public void The_first_and_last_paragraphs_are_never_subheads()
    {
        var roles = ParagraphRoles.Of(["选择健康合格的茶叶", Text, "选择健康合格的茶叶"]);

        Assert.Equal([LineLabel.Display, LineLabel.Paragraph, LineLabel.Paragraph], roles);
    }

    [Fact]
    public void A_paragraph_ending_in_a_colon_over_short_lines_leads_a_list_of_them()
    {
        var roles = ParagraphRoles.Of([Text, "专家指出，观鸟有五忌：", "一忌距离太近", "二忌穿着艳丽", Text + Text + Text]);

        Assert.Equal([LineLabel.Paragraph, LineLabel.ListLead, LineLabel.ListItem, LineLabel.ListItem, LineLabel.Paragraph], roles);
    }
}

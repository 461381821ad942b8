using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Training;

namespace EditionGen.Tests.Ingest.Reading.Training;

public class GoldLayoutsSpecs
{
    private static readonly GoldIssue Issue = new(
        "2024-01-01",
        [
            new ReaderLine(1, "引题写在这里", false, true, true),
            new ReaderLine(3, "主标题写在这里", false, true, true),
            new ReaderLine(5, "本报记者 张三", false, true, true),
            new ReaderLine(7, "正文，写了一件事。", false, true, true),
            new ReaderLine(9, "正文，又写了一件事。", false, true, true),
        ],
        [LineLabel.Kicker, LineLabel.Title, LineLabel.Byline, LineLabel.Paragraph, LineLabel.Paragraph]);

    [Fact]
    public void Headlines_printed_together_have_no_blank_line_between_their_lines_or_above_the_byline_under_them()
    {
        var relaid = GoldLayouts.Relay(Issue, int.MaxValue, indents: false, keepMasthead: true, GoldLayouts.Spacing.HeadlinesTogether);

        Assert.Equal([true, false, false, true, true], relaid.Lines.Select(l => l.BlankBefore));
        Assert.Equal(Issue.Labels, relaid.Labels);
        Assert.EndsWith("-t", relaid.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_printed_together_have_their_first_text_right_under_the_headline_and_a_blank_line_before_the_next_paragraph()
    {
        var relaid = GoldLayouts.Relay(Issue, int.MaxValue, indents: false, keepMasthead: true, GoldLayouts.Spacing.ArticlesTogether);

        Assert.Equal([true, false, false, false, true], relaid.Lines.Select(l => l.BlankBefore));
    }

    [Fact]
    public void Articles_printed_apart_have_a_blank_line_above_their_headline_only()
    {
        var twoArticles = new GoldIssue(
            "2024-01-02",
            [
                new ReaderLine(1, "标题甲", false, true, true),
                new ReaderLine(3, "正文，写了一件事。", false, true, true),
                new ReaderLine(5, "标题乙", false, true, true),
                new ReaderLine(7, "正文，又写了一件事。", false, true, true),
            ],
            [LineLabel.Title, LineLabel.Paragraph, LineLabel.Title, LineLabel.Paragraph]);

        var relaid = GoldLayouts.Relay(twoArticles, int.MaxValue, indents: false, keepMasthead: true, GoldLayouts.Spacing.ArticlesApart);

        Assert.Equal([true, false, true, false], relaid.Lines.Select(l => l.BlankBefore));
        Assert.EndsWith("-s", relaid.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_without_blank_lines_has_none_after_its_first_line_and_indents_nothing()
    {
        var relaid = GoldLayouts.Relay(Issue, int.MaxValue, indents: false, keepMasthead: true, GoldLayouts.Spacing.NoBlankLines);

        Assert.Equal([true, false, false, false, false], relaid.Lines.Select(l => l.BlankBefore));
        Assert.DoesNotContain(relaid.Lines, l => l.Indented);
        Assert.EndsWith("-n", relaid.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Headlines_printed_apart_keep_a_blank_line_above_each_line()
    {
        var relaid = GoldLayouts.Relay(Issue, int.MaxValue, indents: false, keepMasthead: true);

        Assert.All(relaid.Lines, l => Assert.True(l.BlankBefore));
    }

    [Fact]
    public void Every_layout_of_a_hand_made_issue_comes_with_its_headlines_apart_and_together()
    {
        var names = GoldLayouts.AllVariants([Issue]).Select(i => i.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(names.Count / 2, names.Count(n => n.EndsWith("-t", StringComparison.Ordinal)));
    }

    private static readonly GoldIssue ThreeArticles = new(
        "2024-01-03",
        [
            new ReaderLine(1, "标题甲", false, true, true),
            new ReaderLine(3, "正文，写了一件事。", false, true, true),
            new ReaderLine(5, "引题乙", false, true, true),
            new ReaderLine(7, "标题乙", false, true, true),
            new ReaderLine(9, "本报记者 张三", false, true, true),
            new ReaderLine(11, "正文，又写了一件事。", false, true, true),
            new ReaderLine(13, "标题丙", false, true, true),
            new ReaderLine(15, "正文，再写一件事。", false, true, true),
        ],
        [LineLabel.Title, LineLabel.Paragraph, LineLabel.Kicker, LineLabel.Title, LineLabel.Byline, LineLabel.Paragraph, LineLabel.Title, LineLabel.Paragraph]);

    [Fact]
    public void A_headline_printed_after_its_text_follows_the_text_whose_first_line_opens_the_article()
    {
        var laid = GoldLayouts.HeadlinesAfterText(ThreeArticles, every: 2, first: 1);

        Assert.Equal(["标题甲", "正文，写了一件事。", "本报记者 张三", "正文，又写了一件事。", "引题乙", "标题乙", "标题丙", "正文，再写一件事。"], laid.Lines.Select(l => l.Text));
        Assert.Equal([LineLabel.Title, LineLabel.Paragraph, LineLabel.Start, LineLabel.Paragraph, LineLabel.Kicker, LineLabel.Title, LineLabel.Title, LineLabel.Paragraph], laid.Labels);
    }

    [Fact]
    public void Every_article_can_have_its_headline_printed_after_its_text_and_none_loses_a_line()
    {
        var laid = GoldLayouts.HeadlinesAfterText(ThreeArticles, every: 1, first: 0);

        Assert.Equal(3, laid.Labels.Count(l => l == LineLabel.Start));
        Assert.Equal(ThreeArticles.Lines.Select(l => l.Text).Order(StringComparer.Ordinal), laid.Lines.Select(l => l.Text).Order(StringComparer.Ordinal));
        Assert.Equal(LineLabel.Start, laid.Labels[0]);
    }
}

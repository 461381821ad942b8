using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class ArticleCohesionSpecs
{
    private static readonly int[] Path = new[]
    {
        LineLabel.PageMarker, LineLabel.Title, LineLabel.Paragraph, LineLabel.Paragraph, LineLabel.Subhead, LineLabel.Paragraph,
    }.Select(l => (int)l).ToArray();

    [Fact]
    public void The_text_under_a_heading_is_compared_with_the_text_of_the_article_the_first_pass_read_above_it()
    {
        var sameTopic = Lines("社区志愿者为返乡人员送去口罩和消毒液。");
        var otherTopic = Lines("各地农机手抢抓农时下田作业，化肥种子供应充足。");

        var same = Of(sameTopic, Path)[4];
        var other = Of(otherTopic, Path)[4];

        Assert.True(same > 0, $"same topic: {same}");
        Assert.Equal(0, other);
        Assert.Null(Of(sameTopic, Path)[2]);
    }

    [Fact]
    public void The_article_above_ends_at_its_headline()
    {
        var lines = PrintedLines.Of("第01版", "守好门", "社区防控", "社区志愿者挨家挨户登记返乡人员信息。");
        var path = new[] { LineLabel.PageMarker, LineLabel.Title, LineLabel.Subhead, LineLabel.Paragraph }.Select(l => (int)l).ToArray();

        Assert.Null(Of(lines, path)[2]);
    }

    private static IReadOnlyList<ReaderLine> Lines(string below) => PrintedLines.Of(
        "第01版",
        "社区防控不留死角",
        "社区志愿者挨家挨户登记返乡人员信息。",
        "返乡人员登记后居家观察，社区每天上门测量体温。",
        "守好门",
        below);

    private static int?[] Of(IReadOnlyList<ReaderLine> lines, int[] path) => ArticleCohesion.Of(lines, path, SeedPairs.Of(lines));
}

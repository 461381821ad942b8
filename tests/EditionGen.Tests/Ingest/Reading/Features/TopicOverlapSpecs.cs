using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class TopicOverlapSpecs
{
    [Fact]
    public void A_subhead_shares_its_words_with_the_text_above_and_a_new_title_with_the_text_below()
    {
        var lines = PrintedLines.Evidence(
            "社区防控要细之又细，志愿者挨家挨户登记。",
            "社区防控",
            "春耕备耕有序推进",
            "各地春耕备耕有序推进，农资供应充足。");

        var overlap = TopicOverlap.Of(lines);

        Assert.Equal((5, 0), overlap[1]);
        Assert.Equal((0, 5), overlap[2]);
    }

    [Fact]
    public void No_window_reaches_past_a_page_marker()
    {
        var lines = PrintedLines.Evidence("社区防控要细之又细。", "第02版", "社区防控", "其他内容在此。");

        var overlap = TopicOverlap.Of(lines);

        Assert.Equal((0, 0), overlap[2]);
    }

    [Fact]
    public void A_line_too_long_for_a_heading_has_no_overlap()
    {
        var paragraph = string.Concat(Enumerable.Repeat("社区防控要细之又细。", 5));

        var overlap = TopicOverlap.Of(PrintedLines.Evidence("社区防控", paragraph, "社区防控"));

        Assert.Null(overlap[1]);
        Assert.NotNull(overlap[0]);
    }

    [Fact]
    public void Only_lines_within_six_of_it_count()
    {
        var lines = PrintedLines.Evidence(["社区防控要细。", .. Enumerable.Repeat("其他内容在此。", 6), "社区防控"]);

        Assert.Equal((0, 0), TopicOverlap.Of(lines)[7]);
        Assert.Equal(5, TopicOverlap.Of(PrintedLines.Evidence(["社区防控要细。", .. Enumerable.Repeat("其他内容在此。", 5), "社区防控"]))[6]!.Value.Above);
    }
}

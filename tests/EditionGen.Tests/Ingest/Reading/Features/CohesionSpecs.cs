using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class CohesionSpecs
{
    [Fact]
    public void The_texts_around_a_subhead_share_their_words_and_the_texts_around_a_new_title_do_not()
    {
        var cohesion = Of(
            "第01版",
            "社区志愿者挨家挨户登记返乡人员信息，社区防控要细之又细。",
            "守好门",
            "志愿者在社区门口登记返乡人员，测量体温，社区防控不留死角。",
            "春耕备耕有序推进",
            "各地农机手抢抓农时下田作业，化肥种子供应充足。");

        Assert.True(cohesion[2] > cohesion[4], $"across the subhead {cohesion[2]}, across the title {cohesion[4]}");
        Assert.Equal(0, cohesion[4]);
    }

    [Fact]
    public void A_pair_printed_on_many_lines_of_the_seed_says_less_of_the_topic_than_a_rare_one()
    {
        static int? Across(string elsewhere) => Of(["我们今天出发。", "守好门", "我们明天回来。", "第02版", .. Enumerable.Repeat(elsewhere, 6)])[1];

        Assert.True(Across("我们在第二版。") < Across("他们在第二版。"), $"{Across("我们在第二版。")} against {Across("他们在第二版。")}");
    }

    [Fact]
    public void No_window_reaches_past_a_page_marker_and_long_lines_have_none()
    {
        var paragraph = string.Concat(Enumerable.Repeat("社区防控要细之又细。", 5));
        var cohesion = Of("社区防控要细之又细。", "第02版", "守好门", paragraph);

        Assert.Null(cohesion[2]);
        Assert.Null(cohesion[3]);
    }

    private static int?[] Of(params string[] texts)
    {
        var lines = PrintedLines.Of(texts);
        return Cohesion.Of(PrintedLines.Evidence(lines), SeedPairs.Of(lines));
    }
}

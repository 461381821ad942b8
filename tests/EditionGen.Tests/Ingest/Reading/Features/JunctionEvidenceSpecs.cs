using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class JunctionEvidenceSpecs
{
    [Fact]
    public void Characters_cut_apart_at_a_line_end_are_counted_where_the_seed_prints_them_together()
    {
        var join = ("截至24时，新疆生产", "建设兵团累计报告确诊病例");
        var junctions = Junctions([join], "新疆生产建设兵团报告确诊病例。", "生产建设兵团累计报告。", "兵团和生产建设单位。");

        var across = junctions.Across(join.Item1, join.Item2);

        Assert.Equal((3, 3, 0), across);
    }

    [Fact]
    public void A_headline_and_the_first_words_of_its_article_are_not_words_of_the_seed()
    {
        var junctions = Junctions([("当好群众的贴心人和主心骨", "在防控疫情第一线，党员冲锋在前。")], "当好群众的贴心人和主心骨", "在防控疫情第一线，党员冲锋在前。");

        Assert.Equal((0, 0, 0), junctions.Across("当好群众的贴心人和主心骨", "在防控疫情第一线，党员冲锋在前。"));
    }

    [Fact]
    public void A_line_that_ends_in_punctuation_has_no_join_to_weigh()
    {
        var junctions = Junctions([("会议还研究了其他事项。", "新华社北京电")], "会议还研究了其他事项。");

        Assert.Null(junctions.Across("会议还研究了其他事项。", "新华社北京电"));
    }

    [Fact]
    public void How_common_a_pair_is_in_the_language_comes_from_the_number_of_issues_that_print_it()
    {
        IReadOnlyList<ReaderLine>[] issues = [.. Enumerable.Range(0, 12).Select(k => PrintedLines.Of(k < 4 ? "生产建设" : "生产", "其他内容")), PrintedLines.Of("产建")];

        var pairs = CharacterPairs.Gather(issues);

        Assert.Equal(2, pairs.Commonness('生', '产'));
        Assert.Equal(1, pairs.Commonness('产', '建'));
        Assert.Equal(0, pairs.Commonness('建', '其'));
        Assert.Equal((0, 0, 2), JunctionEvidence.Of(PrintedLines.Evidence("无关"), pairs, [("生", "产")]).Across("生", "产"));
    }

    private static JunctionEvidence Junctions((string, string)[] joins, params string[] texts) => JunctionEvidence.Of(PrintedLines.Evidence(texts), CharacterPairs.None, joins);
}

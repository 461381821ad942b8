using System.Text.Json;
using EditionGen.Ingest.Json;
using EditionGen.Ingest.Parsing;
using EditionGen.Model;
using EditionGen.Tests.Ingest.Parsing;

namespace EditionGen.Tests.Ingest.Json;

public class IssueJsonSpecs
{
    private static JsonElement SampleJson() =>
        JsonDocument.Parse(IssueJson.Serialize(IssueParser.Parse(SampleSeed.Text(), SampleSeed.Name))).RootElement;

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void The_json_has_exactly_the_documented_keys_in_order()
    {
        var root = SampleJson();

        Assert.Equal(
            ["source", "date", "lunar_date", "weekday", "issue_number", "page_count", "contacts", "masthead_extras",
             "pages", "articles", "unassigned", "warnings"],
            Keys(root));
        Assert.Equal(["email", "hotline"], Keys(root.GetProperty("contacts")));
        Assert.Equal(["number", "name", "running_heads"], Keys(root.GetProperty("pages")[0]));
        var article = root.GetProperty("articles")[0];
        Assert.Equal(
            ["id", "page", "order", "kicker", "title", "subtitle", "column", "byline", "authors", "dateline",
             "summary", "credits", "signature", "blocks", "continued_to", "continued_from", "source_lines", "confidence"],
            Keys(article));
        Assert.Equal(["type", "text", "items"], Keys(article.GetProperty("blocks")[0]));
        Assert.Equal(["line", "code", "message"], Keys(root.GetProperty("warnings")[0]));
        Assert.Equal(2, article.GetProperty("source_lines").GetArrayLength());
    }

    [Fact]
    public void Missing_values_are_null_numbers_are_numbers_and_chinese_is_not_escaped()
    {
        var issue = new Issue
        {
            Source = "a.txt",
            Unassigned = [new Residue(3, "余下")],
            Articles = [new Article { Id = "01-01", Page = 1, Order = 1, Title = "标题", Blocks = [new Block(BlockType.List, "热线：", ["1", "2"])] }],
        };

        var json = IssueJson.Serialize(issue);
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Contains("\"title\": \"标题\"", json, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("contacts").GetProperty("email").ValueKind);
        Assert.Equal(["line", "text"], Keys(root.GetProperty("unassigned")[0]));
        var block = root.GetProperty("articles")[0].GetProperty("blocks")[0];
        Assert.Equal("list", block.GetProperty("type").GetString());
        Assert.Equal(2, block.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("articles")[0].GetProperty("page").ValueKind);
    }

    [Fact]
    public void Summary_credits_signature_and_running_heads_are_arrays_even_when_empty_and_confidence_is_null_when_not_judged()
    {
        var issue = new Issue
        {
            Source = "a.txt",
            Pages = [new PageInfo(1, "要闻")],
            Articles = [new Article { Id = "01-01", Page = 1, Order = 1, Title = "标题" }],
        };

        var root = JsonDocument.Parse(IssueJson.Serialize(issue)).RootElement;

        var article = root.GetProperty("articles")[0];
        foreach (var key in new[] { "summary", "credits", "signature" })
            Assert.Equal(0, article.GetProperty(key).GetArrayLength());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("confidence").ValueKind);
        Assert.Equal(0, root.GetProperty("pages")[0].GetProperty("running_heads").GetArrayLength());
    }

    [Fact]
    public void The_printed_lines_are_written_as_printed_and_confidence_is_rounded_to_three_decimals()
    {
        var letter = new Article
        {
            Id = "03-01",
            Page = 3,
            Order = 1,
            Title = "写给草原学校孩子们的一封信",
            Summary = ["■ 一位退休教师的牵挂", "■ 盼望孩子们读好书、走远路"],
            Credits = ["袁  昕摄（影像中国）", "制图：蔡华伟"],
            Signature = ["一位退休教师 陈秀兰", "2023年5月26日"],
            Confidence = new ArticleConfidence(0.97049999, 0.88151),
        };
        var issue = new Issue
        {
            Source = "a.txt",
            Pages = [new PageInfo(3, "副刊") { RunningHeads = ["第03版", "2023年5月30日 星期二"] }],
            Articles = [letter],
        };

        var json = IssueJson.Serialize(issue);
        var root = JsonDocument.Parse(json).RootElement;

        var article = root.GetProperty("articles")[0];
        Assert.Equal(letter.Summary, article.GetProperty("summary").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(letter.Credits, article.GetProperty("credits").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(letter.Signature, article.GetProperty("signature").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["第03版", "2023年5月30日 星期二"], root.GetProperty("pages")[0].GetProperty("running_heads").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["boundary", "headline"], Keys(article.GetProperty("confidence")));
        Assert.Matches("\"boundary\": 0\\.97,\\s+\"headline\": 0\\.882\\s", json);
        Assert.Contains("\"■ 一位退休教师的牵挂\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confidence_that_is_not_a_number_is_null_and_one_out_of_range_is_clamped()
    {
        var article = new Article { Id = "01-01", Page = 1, Order = 1, Title = "标题", Confidence = new ArticleConfidence(double.NaN, 1.2) };

        var root = JsonDocument.Parse(IssueJson.Serialize(new Issue { Source = "a.txt", Articles = [article] })).RootElement;

        var confidence = root.GetProperty("articles")[0].GetProperty("confidence");
        Assert.Equal(JsonValueKind.Null, confidence.GetProperty("boundary").ValueKind);
        Assert.Equal(1, confidence.GetProperty("headline").GetDouble());
    }

    [Fact]
    public void The_sample_date_and_numbers_are_written_as_the_parse_command_promises()
    {
        var root = SampleJson();

        Assert.Equal("2023-05-30", root.GetProperty("date").GetString());
        Assert.Equal(10246, root.GetProperty("issue_number").GetInt32());
        Assert.Equal(4, root.GetProperty("page_count").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("articles")[0].GetProperty("blocks")[0].GetProperty("items").ValueKind);
    }
}

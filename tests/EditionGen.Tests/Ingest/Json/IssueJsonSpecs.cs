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
        Assert.Equal(["number", "name"], Keys(root.GetProperty("pages")[0]));
        var article = root.GetProperty("articles")[0];
        Assert.Equal(
            ["id", "page", "order", "kicker", "title", "subtitle", "column", "byline", "authors", "dateline", "blocks",
             "continued_to", "continued_from", "source_lines"],
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
    public void The_sample_date_and_numbers_are_written_as_the_parse_command_promises()
    {
        var root = SampleJson();

        Assert.Equal("2023-05-30", root.GetProperty("date").GetString());
        Assert.Equal(10246, root.GetProperty("issue_number").GetInt32());
        Assert.Equal(4, root.GetProperty("page_count").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("articles")[0].GetProperty("blocks")[0].GetProperty("items").ValueKind);
    }
}

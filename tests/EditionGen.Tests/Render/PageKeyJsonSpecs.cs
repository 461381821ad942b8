using System.Text.Json;
using EditionGen.Render;
using EditionGen.Render.Views;

namespace EditionGen.Tests.Render;

/// <summary>The views a page key is made from are written as reflection would write them, every property included.</summary>
public sealed class PageKeyJsonSpecs
{
    private static readonly JsonSerializerOptions Reflection = new() { WriteIndented = false, TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    public static TheoryData<object> Views() => new()
    {
        new SiteView("阿勒泰日报", "zh-CN", "/", "/", "/archive/", "/search/", "/assets/site.css", "/feed.xml", "/authors/", "/columns/"),
        new MetaView("article", "标题", "摘要", "https://example.org/a/", "/a/", "{}"),
        new IssueView("2023-05-30", "2023年5月30日", 2023, 5, 30, "星期二", "四月十二", 8123, 4, "/2023/05/30/", []),
        new YearView(2023, "/archive/2023/", 1, [new MonthView(2023, 5, "2023年5月", "/archive/2023/05/", 1, [[null, new DayView(30, "2023-05-30", "5月30日", "/2023/05/30/", 8123)]])]),
        new List<YearView> { new(2024, "/archive/2024/", 0, []) },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_is_written_for_its_key_as_reflection_writes_it(object view)
    {
        var compiled = JsonSerializer.Serialize(view, view.GetType(), PageKeyJson.Default.Options);

        Assert.Equal(JsonSerializer.Serialize(view, view.GetType(), Reflection), compiled);
    }
}

using System.Reflection;
using EditionGen.Configuration;

namespace EditionGen.Tests.Configuration;

/// <summary>The configuration's values that pages show, which decide whether a build may take an issue's pages whole.</summary>
public sealed class EditionConfigSpecs
{
    /// <summary>Keys no page shows: the custom domain goes to <c>CNAME</c> alone, the path names the file in diagnostics.</summary>
    private static readonly string[] NotShown = [nameof(EditionConfig.Cname), nameof(EditionConfig.Path)];

    private static readonly EditionConfig Other = new()
    {
        Title = "另一份报",
        Language = "en",
        Timezone = "Europe/London",
        BaseUrl = "/repo/",
        Cname = "news.example.org",
        Urls = UrlPatterns.Default with { Issue = UrlPattern.Parse(UrlPatternKind.Issue, "{yyyy}-{mm}-{dd}/") },
        Path = "elsewhere/edition.yml",
    };

    public static TheoryData<string> Properties() => [.. typeof(EditionConfig).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Properties))]
    public void Every_key_a_page_may_show_changes_the_page_settings_and_no_other_does(string property)
    {
        var changed = With(new EditionConfig(), property, typeof(EditionConfig).GetProperty(property)!.GetValue(Other));

        Assert.Equal(!NotShown.Contains(property), changed.PageSettings != new EditionConfig().PageSettings);
    }

    [Fact]
    public void A_value_cannot_pass_for_the_next_one()
    {
        var one = new EditionConfig { Title = "报\n日报", Language = "zh" };
        var other = new EditionConfig { Title = "报", Language = "日报\nzh" };

        Assert.NotEqual(one.PageSettings, other.PageSettings);
    }

    private static EditionConfig With(EditionConfig config, string property, object? value)
    {
        var copy = config with { };
        typeof(EditionConfig).GetProperty(property)!.SetValue(copy, value);
        return copy;
    }
}

using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Configuration;

/// <summary>Configuration values that parse but cannot be right are refused at their line with what to write.</summary>
public class ConfigValueSpecs
{
    private static Diagnostic Refusal(string yaml)
    {
        using var site = new TempDir();
        site.Write("edition.yml", "title: 阿勒泰报\n" + yaml);
        return Assert.Single(Assert.Throws<InputException>(() => EditionConfigLoader.Load(site.Path)).Diagnostics);
    }

    [Theory]
    [InlineData("timezone: Mars/Olympus\n", "timezone: 'Mars/Olympus' is not an IANA time zone; write one such as Asia/Shanghai")]
    [InlineData("timezone: China Standard Time\n", "is not an IANA time zone")]
    [InlineData("language: \"../../etc\"\n", "language: '../../etc' is not a BCP 47 language tag; write one such as zh-CN")]
    [InlineData("language: \"zh CN\"\n", "is not a BCP 47 language tag")]
    [InlineData("base_url: \"javascript:alert(1)\"\n", "base_url: 'javascript:alert(1)' is neither an http(s) address nor a path; give an http(s) address such as https://owner.github.io/repo/")]
    [InlineData("base_url: \"//evil.example/\"\n", "starts with //")]
    [InlineData("base_url: \"/repo/../x/\"\n", "holds '.', '..', '?' or '#'")]
    [InlineData("cname: \"a b/c\"\n", "cname: 'a b/c' is not a host name; write the bare domain")]
    [InlineData("cname: \"-bad-.example\"\n", "is not a host name")]
    public void A_value_that_cannot_be_right_is_refused_at_its_line_with_a_fix(string line, string message)
    {
        var refusal = Refusal(line);

        Assert.Equal(DiagnosticCodes.ConfigurationValueInvalid, refusal.Code);
        Assert.Equal(2, refusal.Location.Line);
        Assert.Contains(message, refusal.Message);
    }

    [Theory]
    [InlineData("timezone: Asia/Urumqi\nlanguage: ug\nbase_url: https://owner.github.io/repo/\ncname: news.example.org\n")]
    [InlineData("timezone: UTC\nlanguage: zh-Hans-CN\nbase_url: /repo/\ncname: https://news.example.org/\n")]
    [InlineData("language: en\nbase_url: http://localhost:8080/\ncname: 新闻.example\n")]
    public void Good_values_go_through(string yaml)
    {
        using var site = new TempDir();
        site.Write("edition.yml", yaml);

        var config = EditionConfigLoader.Load(site.Path);

        Assert.Equal("edition.yml", config.Path);
    }

    [Fact]
    public void An_unclosed_bracket_that_makes_yamldotnet_throw_from_its_scanner_is_a_located_error()
    {
        var refusal = Refusal("urls:\n  article: [unclosed\n");

        Assert.Equal(DiagnosticCodes.ConfigurationInvalid, refusal.Code);
        Assert.True(refusal.Location.Line >= 2, refusal.ToString());
    }
}

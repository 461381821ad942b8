using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Configuration;

public class EditionConfigLoaderSpecs
{
    [Fact]
    public void An_edition_without_a_configuration_file_gets_the_defaults()
    {
        using var site = new TempDir();

        var config = EditionConfigLoader.Load(site.Path);

        Assert.Equal("zh-CN", config.Language);
        Assert.Equal("Asia/Shanghai", config.Timezone);
        Assert.Equal("/", config.BaseUrl);
    }

    [Fact]
    public void The_configuration_is_read_with_snake_case_keys()
    {
        using var site = new TempDir();
        site.Write("edition.yml", "title: 阿勒泰报\nlanguage: zh-CN\nbase_url: https://owner.github.io/repo/\ncname: epaper.example.com\n");

        var config = EditionConfigLoader.Load(site.Path);

        Assert.Equal("阿勒泰报", config.Title);
        Assert.Equal("https://owner.github.io/repo/", config.BaseUrl);
        Assert.Equal("epaper.example.com", config.Cname);
    }

    [Fact]
    public void A_malformed_configuration_is_an_error_at_its_line_and_column_that_says_what_to_do()
    {
        using var site = new TempDir();
        site.Write("edition.yml", "language: zh-CN\ntitle: [阿勒泰报\n");

        var error = Assert.Throws<InputException>(() => EditionConfigLoader.Load(site.Path));

        Assert.Equal(DiagnosticCodes.ConfigurationInvalid, error.Diagnostic.Code);
        Assert.Equal("edition.yml", error.Diagnostic.Location.Path);
        Assert.Equal(2, error.Diagnostic.Location.Line);
        Assert.Contains("quote a value", error.Diagnostic.Message);
        Assert.DoesNotContain("System.", error.Diagnostic.Message);
    }

    [Theory]
    [InlineData("title: 阿勒泰报\ntitel: 阿勒泰报\n", 2, 1, "the key titel is not known")]
    [InlineData("title: 阿勒泰报\nlanguage: [zh-CN, en]\n", 2, 11, "a list or a mapping where a single text")]
    [InlineData("title: 阿勒泰报\n---\ntitle: 别的报\n", 2, 1, "a second document")]
    public void A_configuration_of_the_wrong_shape_is_an_error_at_its_place(string yaml, int line, int column, string message)
    {
        var error = Assert.Throws<InputException>(() => EditionConfigLoader.Parse(yaml, "edition.yml"));

        Assert.Equal(DiagnosticCodes.ConfigurationInvalid, error.Diagnostic.Code);
        Assert.Equal((line, column), (error.Diagnostic.Location.Line, error.Diagnostic.Location.Column));
        Assert.Contains(message, error.Diagnostic.Message);
    }

    [Theory]
    [InlineData("title:\n")]
    [InlineData("title: ~\n")]
    [InlineData("title: null\n")]
    [InlineData("")]
    public void A_key_without_a_value_and_an_empty_file_get_the_defaults(string yaml)
    {
        var config = EditionConfigLoader.Parse(yaml, "edition.yml");

        Assert.Equal(new EditionConfig().Title, config.Title);
    }

    [Fact]
    public void A_number_is_read_as_the_text_it_is_written_as()
    {
        var config = EditionConfigLoader.Parse("title: 2023\n", "edition.yml");

        Assert.Equal("2023", config.Title);
    }
}

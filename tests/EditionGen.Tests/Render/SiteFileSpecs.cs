using System.Text;
using EditionGen.Model;

namespace EditionGen.Tests.Render;

/// <summary>A rendered file's text is what its bytes say, whether it was made from text or from bytes.</summary>
public sealed class SiteFileSpecs
{
    [Fact]
    public void A_file_made_from_text_reads_back_that_text_and_holds_its_bytes()
    {
        var file = SiteFile.FromText("index.html", "<p>阿勒泰报</p>");

        Assert.Equal("<p>阿勒泰报</p>", file.Text);
        Assert.Equal(Encoding.UTF8.GetBytes("<p>阿勒泰报</p>"), file.Bytes);
    }

    [Fact]
    public void A_lone_surrogate_is_written_and_read_as_a_replacement_character()
    {
        var file = SiteFile.FromText("index.html", "<p>\ud800</p>");

        Assert.Equal("<p>\ufffd</p>", file.Text);
    }

    [Fact]
    public void A_file_given_other_bytes_reads_the_text_of_those_bytes()
    {
        var file = SiteFile.FromText("index.html", "<p>旧</p>") with { Bytes = Encoding.UTF8.GetBytes("<p>新</p>") };

        Assert.Equal("<p>新</p>", file.Text);
    }
}

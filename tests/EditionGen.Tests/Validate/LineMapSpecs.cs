using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

/// <summary>A character index becomes the 1-based line and column a finding is placed at.</summary>
public sealed class LineMapSpecs
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(6, 2, 3)]
    [InlineData(9, 3, 1)]
    [InlineData(10, 4, 1)]
    [InlineData(13, 4, 4)]
    public void An_index_is_placed_on_its_line_and_column(int index, int line, int column)
    {
        var map = new LineMap("<p>\n<b>\r\n\n</b>");

        Assert.Equal((line, column), map.Locate(index));
    }

    [Fact]
    public void A_text_without_line_ends_is_one_line()
    {
        Assert.Equal((1, 70_001), new LineMap(new string('字', 80_000)).Locate(70_000));
    }
}

using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class TextPatternsSpecs
{
    [Theory]
    [InlineData("张  三摄（影像中国）")]
    [InlineData("制图：李四")]
    [InlineData("张三  李四摄影报道")]
    [InlineData("王五摄影报道（新华视点）")]
    [InlineData("新华社发")]
    [InlineData("图片说明：")]
    [InlineData("资料来源：国家统计局")]
    [InlineData("数据来源：某市统计局")]
    public void A_photo_credit_a_caption_lead_in_or_a_source_line_is_a_credit(string line) =>
        Assert.True(TextPatterns.IsCredit(line));

    [Theory]
    [InlineData("社区食堂开张")]
    [InlineData("他说，这些数据来源可靠。")]
    [InlineData("来源于生活的艺术")]
    [InlineData("城市更新项目近日正式启动，首批涉及十二个老旧小区的改造。")]
    public void A_headline_or_running_text_is_not_a_credit(string line) =>
        Assert.False(TextPatterns.IsCredit(line));
}

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

    [Theory]
    [InlineData("市政府有关负责人表示")]
    [InlineData("省委办公厅印发")]
    [InlineData("市统计局公布数据")]
    public void A_short_line_ending_with_a_verb_of_saying_or_issuing_leads_into_the_line_under_it(string line) =>
        Assert.True(TextPatterns.EndsWithSayingVerb(line));

    [Theory]
    [InlineData("表示")]
    [InlineData("社区食堂开张")]
    [InlineData("有关负责人在会上表示，今年将新建十所学校，并改造一批老旧小区的供水管网和主要道路表示")]
    public void A_word_alone_a_headline_of_its_own_or_running_text_does_not_lead_into_the_line_under_it(string line) =>
        Assert.False(TextPatterns.EndsWithSayingVerb(line));

    [Theory]
    [InlineData("市领导出席并讲话", true)]
    [InlineData("全市春季运动会开幕", true)]
    [InlineData("市政府有关负责人表示", false)]
    public void A_short_line_ending_with_an_event_is_told_apart(string line, bool isEvent) =>
        Assert.Equal(isEvent, TextPatterns.EndsWithEvent(line));
}

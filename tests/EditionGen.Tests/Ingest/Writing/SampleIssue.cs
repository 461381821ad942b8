using EditionGen.Model;

namespace EditionGen.Tests.Ingest.Writing;

/// <summary>A small issue of a county daily, built by hand with every kind of field and block.</summary>
public static class SampleIssue
{
    public static Issue Create() => new()
    {
        Source = "000_sample.txt",
        Date = new DateOnly(2023, 5, 30),
        LunarDate = "癸卯年四月十二",
        Weekday = "星期二",
        IssueNumber = 10246,
        PageCount = 4,
        Contacts = new Contacts("aletaibao@126.com", "0906-2315631"),
        MastheadExtras = ["扫码关注阿勒泰报微信公众号"],
        Pages = [new PageInfo(1, "要闻") { RunningHeads = ["第01版", "2023年5月30日 星期二"] }, new PageInfo(2, "综合"), new PageInfo(3)],
        Articles = [FrontPage(), Notice(), Continuation(), Letter()],
        Warnings = [new ParseWarning(12, "EG0150", "a guess")],
    };

    public static Article FrontPage() => new()
    {
        Id = "01-01",
        Page = 1,
        Order = 1,
        Kicker = "贯彻自治区党委十届八次全会精神，我区各地各部门表示——",
        Title = "努力在高质量发展中闯出新路子",
        Subtitle = "全区上下掀起学习热潮",
        Byline = "石榴云/新疆日报记者 徐新星 吴泽思",
        Authors = ["徐新星", "吴泽思"],
        Dateline = "本报乌鲁木齐5月29日讯",
        ContinuedTo = 2,
        SourceLines = new LineRange(14, 40),
        Blocks =
        [
            Block.Paragraph("在深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育之际，自治区党委十届八次全会举行。"),
            Block.Subhead("强信心 为高质量发展作贡献"),
            Block.Paragraph("“全会目标明确、任务具体，更加坚定了我们抓好工作的信心。”自治区工信厅厅长说。"),
            new Block(BlockType.List, "全会提出以下重点任务：", ["加快推进特色产业发展；", "大力支持南疆绿色矿业；", "全力开展助企纾困帮扶活动。"]),
            new Block(BlockType.Caption, "5月17日，工人们在新疆汇嘉生物科技有限公司赶制一批甜菊糖苷。 本报记者 摄"),
            new Block(BlockType.Note, "（下转第二版）"),
        ],
    };

    public static Article Notice() => new()
    {
        Id = "01-02",
        Page = 1,
        Order = 2,
        Title = "习近平同志《论科技自立自强》出版发行",
        Column = "要闻速递",
        SourceLines = new LineRange(41, 48),
        Blocks = [Block.Paragraph("新华社北京5月28日电 中共中央党史和文献研究院编辑的习近平同志《论科技自立自强》近日出版。")],
    };

    /// <summary>A reader's letter with a printed summary, photo and graphic credits and a signature, and its column read from a title tag.</summary>
    public static Article Letter() => new()
    {
        Id = "03-01",
        Page = 3,
        Order = 1,
        Title = "写给草原学校孩子们的一封信",
        Column = "读者来信",
        Summary = ["■ 一位退休教师的牵挂", "■ 盼望孩子们读好书、走远路"],
        Credits = ["古丽米拉摄", "制图：王磊"],
        Signature = ["一位退休教师 陈秀兰", "2023年5月26日"],
        SourceLines = new LineRange(98, 110),
        Confidence = new ArticleConfidence(0.9712, 0.88),
        Blocks = [Block.Paragraph("亲爱的孩子们：听说你们的学校有了新的图书室，我真为你们高兴。")],
    };

    public static Article Continuation() => new()
    {
        Id = "02-01",
        Page = 2,
        Order = 1,
        Title = "努力在高质量发展中闯出新路子",
        ContinuedFrom = 1,
        SourceLines = new LineRange(90, 96),
        Blocks = [Block.Paragraph("（上接第一版）推动贸易产业从单一的“通道经济”向“口岸经济”“产业经济”转变。")],
    };
}

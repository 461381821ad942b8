using EditionGen.Configuration;
using EditionGen.Content;
using EditionGen.Model;

namespace EditionGen.Tests.Render;

/// <summary>A small edition of three issues written by hand, the way the content stage hands it over.</summary>
internal static class SampleSite
{
    public static EditionConfig Config(string baseUrl = "https://example.github.io/altay/") => new()
    {
        Title = "阿勒泰报",
        Language = "zh-CN",
        Timezone = "Asia/Shanghai",
        BaseUrl = baseUrl,
    };

    public static SiteContent Content(string? firstTitle = null) => new([
        Issue(new DateOnly(2023, 5, 29), 10245, "农历四月十一", 4, [
            Article(1, 1, "全地区夏季牧业转场有序推进", kicker: "民生连线", byline: "记者 阿依努尔", body: "连日来，各县市牧民赶着牛羊向夏牧场转移。"),
            Article(2, 1, "布尔津县开展河道清洁行动", byline: "通讯员 王磊", body: "近日，布尔津县组织志愿者清理河道垃圾。"),
        ]),
        Issue(new DateOnly(2023, 5, 30), 10246, "农历四月十二", 4, [
            Article(1, 1, firstTitle ?? "阿勒泰地区召开文旅产业发展推进会", kicker: "聚焦旅游旺季", subtitle: "确保游客进得来、留得住、玩得好",
                byline: "记者 张晓明 李娜", dateline: "本报阿勒泰5月29日讯", column: "要闻", continuedTo: 2,
                body: "5月29日，地区召开文旅产业发展推进会，安排部署旅游旺季各项工作。会议要求，各县市要抓住夏季旅游旺季机遇，持续提升服务质量，"
                    + "加强景区基础设施建设，完善交通、住宿、餐饮等配套服务，积极推出特色旅游线路和文创产品，让广大游客在阿勒泰感受大美风光、体验民俗风情。"),
            Article(1, 2, "哈巴河县白桦林景区开园迎客", byline: "记者 赵强", continuedTo: 3,
                body: "5月28日，哈巴河县白桦林景区正式开园，首日接待游客三千余人次。"),
            Article(2, 1, "（上接第01版）推进会要求强化安全监管", continuedFrom: 1, column: "综合新闻",
                body: "会议强调，要压实安全生产责任，做好景区客流疏导。"),
            Article(2, 2, "福海县乌伦古湖渔业生产稳步恢复", byline: "通讯员 马建国", dateline: "本报福海讯",
                body: "今年以来，福海县加强渔业资源保护，乌伦古湖渔业生产稳步恢复。"),
            Article(4, 1, "草原上的读书声", kicker: "副刊", column: "额河岸边", byline: "文/图 古丽米拉",
                body: "清晨的草原上，毡房里传出孩子们琅琅的读书声。"),
            Letter(),
        ]),
        Issue(new DateOnly(2023, 6, 1), 10247, "农历四月十四", 2, [
            Article(1, 1, "“六一”国际儿童节：孩子们欢度节日", byline: "记者 刘洋", body: "6月1日，全地区各幼儿园、小学开展丰富多彩的庆祝活动。"),
        ]),
    ]);

    /// <summary>
    /// The sample with an older issue of 21 articles by one reporter, so that an author's list runs onto a second page,
    /// and an author and a column whose names need a hashed slug.
    /// </summary>
    public static SiteContent WithBusyAuthor()
    {
        var sample = Content();
        var busy = Enumerable.Range(1, 21)
            .Select(order => Article(1 + (order - 1) / 8, 1 + (order - 1) % 8, $"牧区见闻之{order}", "草原上的故事。", byline: "记者 阿依努尔", column: "牧区"))
            .ToList();
        var letter = Article(3, 8, "A letter from <Altay>", "Letter.", column: "Letters & <Notes>");
        letter = letter with { Article = letter.Article with { Authors = ["Anna Lee"] } };
        return new SiteContent([Issue(new DateOnly(2023, 5, 1), 10222, "农历三月十二", 4, [.. busy, letter]), .. sample.Issues]);
    }

    /// <summary>
    /// A reader's letter with everything a printed article may carry beyond its headline: a summary (deck), photo and
    /// graphic credits, a signature, and a column that was printed as a tag at the end of its title.
    /// </summary>
    public static ArticleContent Letter()
    {
        var letter = Article(4, 2, "写给草原学校孩子们的一封信", "亲爱的孩子们：听说你们的学校有了新的图书室，我真为你们高兴。", column: "读者来信");
        return letter with
        {
            Article = letter.Article with
            {
                Summary = ["■ 一位退休教师的牵挂", "■ 盼望孩子们读好书、走远路"],
                Credits = ["古丽米拉摄", "制图：王磊"],
                Signature = ["一位退休教师 陈秀兰", "2023年5月26日"],
            },
        };
    }

    private static readonly PageInfo[] PageNames = [new(1, "要闻"), new(2, "综合新闻"), new(3), new(4, "副刊")];

    private static IssueContent Issue(DateOnly date, int number, string lunar, int pageCount, IReadOnlyList<ArticleContent> articles) => new(
        $"content/{date:yyyy/MM/dd}/_index.md",
        new Issue
        {
            Source = $"seeds/{date:yyyyMMdd}.txt",
            Date = date,
            LunarDate = lunar,
            IssueNumber = number,
            PageCount = pageCount,
            Pages = PageNames.Take(pageCount).ToList(),
        },
        articles.Select(a => a with { SourcePath = $"content/{date:yyyy/MM/dd}/{a.Article.Id}.md" }).ToList());

    private static ArticleContent Article(
        int page,
        int order,
        string title,
        string body,
        string? kicker = null,
        string? subtitle = null,
        string? column = null,
        string? byline = null,
        string? dateline = null,
        int? continuedTo = null,
        int? continuedFrom = null) => ArticleContent.Of(
        "",
        new Article
        {
            Id = Model.Article.MakeId(page, order),
            Page = page,
            Order = order,
            Kicker = kicker,
            Title = title,
            Subtitle = subtitle,
            Column = column,
            Byline = byline,
            Authors = byline is null ? [] : byline.Split(' ').Skip(1).ToList(),
            Dateline = dateline,
            ContinuedTo = continuedTo,
            ContinuedFrom = continuedFrom,
        },
        new ArticleBody(
            $"<p>{body}</p>\n<p>（{System.Net.WebUtility.HtmlEncode(title)}）相关工作将持续推进。</p>\n",
            $"{body}\n（{title}）相关工作将持续推进。",
            []));
}

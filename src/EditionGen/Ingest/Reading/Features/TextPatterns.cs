using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The printed conventions a line may show: credits, leads, bylines, summaries, notes, continuation notes,
/// dates, name lists. They are evidence for the model, never verdicts on their own.
/// </summary>
internal static partial class TextPatterns
{
    public static bool IsCredit(string text) =>
        text.Length <= 60 && (CreditOpening().IsMatch(text) || CreditEnding().IsMatch(text) || Parsing.BylineReader.IsCreditLine(text));

    public static bool IsLead(string text) => Lead().IsMatch(text) || Parsing.BylineReader.ReadLead(text) is not null;

    /// <summary>A lead cut right after its place and date: 本报北京9月30日 (电 follows on the next line).</summary>
    public static bool IsLeadOpening(string text) => LeadOpening().IsMatch(text);

    public static bool IsByline(string text) => Parsing.BylineReader.IsBylineLine(text) || text.Length <= 40 && BylineOpening().IsMatch(text) && !text.Contains('。', StringComparison.Ordinal);

    public static bool IsSummary(string text) => text.Length > 1 && text[0] is '■' or '●' or '◆' or '▲';

    public static bool IsNote(string text) => Note().IsMatch(text);

    public static bool HasContinuationMark(string text) => (text.Contains('转') || text.Contains('接')) && ContinuationMark().IsMatch(text);

    public static bool IsContinuationNote(string text) => text.Length <= 16 && ContinuationMark().Match(text) is { Success: true } m && m.Length >= text.Length - 2;

    public static bool IsDate(string text) => text.Length <= 24 && DateLine().IsMatch(text);

    public static bool IsNameLike(string text) => text.Length is >= 2 and <= 4 && text.All(Parsing.TextRules.IsHan);

    public static bool HasTitleTag(string text) => text.Length is > 4 and <= 80 && text[^1] is '）' or ')' && TitleTag().IsMatch(text);

    public static bool IsNumberedItem(string text) => NumberedItem().IsMatch(text);

    public static bool IsQuestionOrAnswer(string text) => QuestionAnswer().IsMatch(text);

    public static bool IsEditorsLine(string text) => EditorsLine().IsMatch(text);

    /// <summary>
    /// A short line that ends with a verb of saying or issuing, which takes the line under it as its object:
    /// the way a kicker leads into its title (…负责人表示, …办公厅印发, …公布数据).
    /// </summary>
    public static bool EndsWithSayingVerb(string text) => text.Length is >= 4 and <= 40 && SayingVerbEnding().IsMatch(text);

    /// <summary>A short line that ends with an event done or attended (…出席并讲话, …开幕), as a title or a subtitle under one does.</summary>
    public static bool EndsWithEvent(string text) => text.Length is >= 4 and <= 40 && EventEnding().IsMatch(text);

    /// <summary>A roll of names: many short pieces between enumeration commas and no sentence.</summary>
    public static bool IsNameList(string text)
    {
        var pauses = 0;
        foreach (var c in text)
        {
            if (c == '、') pauses++;
            else if (c is '。' or '；') return false;
        }

        return pauses >= 3 && text.Length / (pauses + 1) <= 6;
    }

    [GeneratedRegex(@"^(?:制图|供图|图片|图片说明|绘图|漫画|摄影|图文|资料图片|照片|图|设计|图表|资料来源|数据来源|来源)\s*[：:/／]", RegexOptions.CultureInvariant)]
    private static partial Regex CreditOpening();

    [GeneratedRegex(@"(?:摄|摄影|摄影报道|供图|制图|社发)\s*(?:[（(][^（）()]{1,12}[）)])?$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditEnding();

    [GeneratedRegex(@"^(?:本报讯|[\p{IsCJKUnifiedIdeographs}]{2,12}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯))", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?:本报|新华社|中新社)[\p{IsCJKUnifiedIdeographs}]{0,10}\s*\d{1,2}\s*月\s*\d{1,2}\s*日?$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadOpening();

    [GeneratedRegex(@"^[□■◇◆●]?\s*(?:本报|新华社|人民日报|特约|见习|实习|首席)?\s*(?:记者|通讯员|评论员|特约评论员|实习生|撰稿人)", RegexOptions.CultureInvariant)]
    private static partial Regex BylineOpening();

    [GeneratedRegex(@"^[【\[]?(?:编者按|编后|编者的话|编辑手记)", RegexOptions.CultureInvariant)]
    private static partial Regex Note();

    [GeneratedRegex(@"[（(]\s*[上下]?[转接]\s*(?:自|至|到)?\s*第?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationMark();

    [GeneratedRegex(@"^[（(]?\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]?$|^(?:二[〇○零一二三四五六七八九十]{3}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"[（(][^（）()\d]{1,12}[）)]$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|^[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|^[①②③④⑤⑥⑦⑧⑨⑩]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?:问|答|记者|主持人)[：:]", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionAnswer();

    [GeneratedRegex(@"^(?:责任编辑|责编|美编|校对|版式|美术编辑|值班编辑|版式设计|图片编辑)\s*[：:]", RegexOptions.CultureInvariant)]
    private static partial Regex EditorsLine();

    [GeneratedRegex("(表示|指出|强调|认为|提出|印发|发布|公布|公布数据|宣布|透露|介绍|呼吁|要求|倡议|回应|答记者问|发表署名文章|撰文)$")]
    private static partial Regex SayingVerbEnding();

    [GeneratedRegex("(讲话|致辞|出席|举行|召开|会见|会谈|通话|开幕|闭幕|启动|揭晓|落幕|主持|参加)$")]
    private static partial Regex EventEnding();
}

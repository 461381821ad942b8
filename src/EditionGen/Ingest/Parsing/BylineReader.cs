using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Reads bylines and credits in the forms newspapers print them: □本报记者/张三 李四, 通讯员 张三 摄,
/// 本报讯(记者 张三)…, 新华社北京5月28日电…, and trailing credits （记者张三，通讯员李四）.
/// </summary>
internal static partial class BylineReader
{
    private const string Markers = "□■◇◆●○▲△☆★";

    public static bool IsBylineLine(string text)
    {
        if (text.Length is < 2 or > 60) return false;
        if (TextRules.EndsSentence(text) && !text.EndsWith('）') && !text.EndsWith(')')) return false;
        if (Markers.Contains(text[0], StringComparison.Ordinal))
            return text.Length > 1 && !text.Contains('。', StringComparison.Ordinal);
        if (text.Length > 40 || text.Contains('。', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal)) return false;
        return RolePrefix().IsMatch(text);
    }

    public static bool IsCreditLine(string text) =>
        text.Length is >= 3 and <= 50 && CreditLine().IsMatch(text);

    /// <summary>The byline as it should read: without the box or bullet that marks it in print.</summary>
    public static string CleanByline(string text) => text.TrimStart(Markers.ToCharArray()).Trim();

    public static Lead? ReadLead(string paragraph)
    {
        var match = LeadPattern().Match(paragraph);
        if (!match.Success) return null;
        var dateline = match.Groups["dl"].Value.Trim();
        var byline = match.Groups["by"].Success ? match.Groups["by"].Value.Trim() : null;
        return new Lead(dateline.Length == 0 ? null : dateline, byline);
    }

    /// <summary>A trailing credit of a last paragraph: （记者张三，通讯员李四）.</summary>
    public static string? ReadTrailingCredit(string paragraph)
    {
        var match = TrailingCredit().Match(paragraph);
        return match.Success ? match.Groups["c"].Value : null;
    }

    /// <summary>The people a byline or credit names, without their roles and organisations.</summary>
    public static IReadOnlyList<string> Authors(string byline)
    {
        var text = CleanByline(byline);
        // In 工人日报记者/张三 the part before the slash names who the people work for.
        var slash = text.LastIndexOfAny(['/', '／']);
        if (slash >= 0) text = text[(slash + 1)..];
        var names = new List<string>();
        foreach (var raw in Separator().Split(text))
        {
            var token = raw.Trim();
            if (token.Length == 0 || RoleSuffix().IsMatch(token) && !RoleOnly().IsMatch(token)) continue;
            token = RoleStrip().Replace(token, "");
            token = CreditStrip().Replace(token, "");
            if (IsName(token) && !names.Contains(token, StringComparer.Ordinal)) names.Add(token);
        }

        return names;
    }

    private static bool IsName(string token)
    {
        if (token.Length < 2 || token.Length > 20) return false;
        var parts = token.Split('·', '•', '・');
        if (parts.Length == 1) return token.Length <= 4 && token.All(TextRules.IsHan);
        return parts.All(p => p.Length >= 1 && p.All(TextRules.IsHan));
    }

    [GeneratedRegex(@"^(?:本报|特约|见习|实习|首席|摄影)?(?:记者|通讯员|评论员|实习生|撰稿人|作者|编辑)(?:[\s/／:：]|[\p{IsCJKUnifiedIdeographs}]{2,4}(?:\s|$))|^(?:文|图|文图|图文|文/图)\s*[/／:：]", RegexOptions.CultureInvariant)]
    private static partial Regex RolePrefix();

    [GeneratedRegex(@"^(?:(?:本报)?(?:特约|见习|实习|首席|摄影)?(?:记者|通讯员)\s*[/／:：]?\s*)?[\p{IsCJKUnifiedIdeographs}·•・]{2,20}(?:\s*[、\s]\s*[\p{IsCJKUnifiedIdeographs}·•・]{2,20}){0,5}\s*(?:摄|摄影|供图)$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?<dl>本报讯|本报[\p{IsCJKUnifiedIdeographs}]{1,8}\d{1,2}月\d{1,2}日讯|(?:新华社|中新社|人民网|新华网|央视网|中新网|[\p{IsCJKUnifiedIdeographs}]{1,6}(?:社|网|台))[\p{IsCJKUnifiedIdeographs}]{0,8}\d{1,2}月\d{1,2}日(?:电|讯))\s*(?:[（(](?<by>[^（）()\n]{1,60})[）)])?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"[（(](?<c>(?:本报|特约|见习|首席|参与)?(?:记者|通讯员|实习生)[^（）()]{1,300})[）)]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"[\s、，,;；:：/／]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:本报|特约|见习|实习|首席|摄影|参与)*(?:记者|通讯员|评论员|实习生|撰稿人|作者|编辑)?", RegexOptions.CultureInvariant)]
    private static partial Regex RoleStrip();

    [GeneratedRegex(@"(?:摄影|摄|供图|报道)$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditStrip();

    [GeneratedRegex(@"(?:记者|通讯员|评论员|实习生|撰稿人|编辑)$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleSuffix();

    [GeneratedRegex(@"^(?:本报|特约|见习|实习|首席|摄影|参与)?(?:记者|通讯员|评论员|实习生|撰稿人|编辑)$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleOnly();
}

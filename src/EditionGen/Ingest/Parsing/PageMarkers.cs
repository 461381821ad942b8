using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Parsing;

/// <summary>Recognises page marker lines: <c>第02版</c>, <c>第2版：要闻</c>, <c>=== 第3版 ===</c>, <c>【第三版】</c>, digits full-width or not.</summary>
internal static partial class PageMarkers
{
    public static PageMarker? Read(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 40) return null;
        var match = Marker().Match(text);
        if (!match.Success) return null;
        var number = ChineseNumber.Parse(match.Groups["n"].Value);
        if (number is null or < 1 or > 999) return null;
        var name = match.Groups["name"].Value.Trim();
        return new PageMarker(number.Value, name.Length == 0 ? null : name);
    }

    [GeneratedRegex(@"^[=＝\-－*#【\[\s]*第\s*(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[：:\-－—·]?\s*(?<name>[^=＝\-－*#】\]\s][^=＝*#】\]]{0,19}?))?[=＝\-－*#】\]\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}

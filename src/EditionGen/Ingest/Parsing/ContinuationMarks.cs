using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Finds and removes continuation marks such as （下转第二版） and （上接第一版）: they become
/// <c>continued_to</c> and <c>continued_from</c> instead of staying in the text.
/// </summary>
internal static partial class ContinuationMarks
{
    public static string Take(string text, ref int? continuedTo, ref int? continuedFrom)
    {
        if (text.IndexOf('转') < 0 && text.IndexOf('接') < 0) return text;
        var matches = Mark().Matches(text);
        if (matches.Count == 0) return text;

        var kept = new System.Text.StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in matches)
        {
            var page = ChineseNumber.Parse(match.Groups["n"].Value);
            if (page is null) continue;
            if (match.Groups["verb"].Value == "转" && match.Groups["dir"].Value != "上") continuedTo ??= page;
            else continuedFrom ??= page;
            kept.Append(text, last, match.Index - last);
            last = match.Index + match.Length;
        }

        kept.Append(text, last, text.Length - last);
        return kept.ToString().Trim();
    }

    [GeneratedRegex(@"[（(]\s*(?<dir>[上下]?)(?<verb>[转接])\s*(?:自|至|到)?\s*第?\s*(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}

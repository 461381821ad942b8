using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Reading.Assembly;

/// <summary>
/// A column tag printed at the end of a title, such as （大使随笔）: the article's column. The title keeps its
/// words as printed. A bracket holding a date or a number is not a tag.
/// </summary>
internal static partial class TitleTag
{
    public static string? Of(string title)
    {
        var match = Tag().Match(title);
        return match.Success && match.Index > 0 ? match.Groups["tag"].Value.Trim() : null;
    }

    [GeneratedRegex(@"[（(](?<tag>[^（）()\d]{2,12})[）)]$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}

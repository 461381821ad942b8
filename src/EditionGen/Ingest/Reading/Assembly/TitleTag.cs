using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Reading.Assembly;

/// <summary>
/// A column tag printed at the end of a title, such as （大使随笔）: the title keeps its words and the tag
/// becomes the article's column. A bracket holding a date or a number is not a tag.
/// </summary>
internal static partial class TitleTag
{
    public static (string Title, string Column)? Split(string title)
    {
        var match = Tag().Match(title);
        if (!match.Success || match.Index == 0) return null;
        var rest = title[..match.Index].TrimEnd();
        return rest.Length == 0 ? null : (rest, match.Groups["tag"].Value.Trim());
    }

    [GeneratedRegex(@"[（(](?<tag>[^（）()\d]{2,12})[）)]$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}

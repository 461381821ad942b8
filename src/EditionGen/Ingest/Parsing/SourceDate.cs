using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// The date a seed's file name gives, as archives and exports name issues (<c>2023-05-30.txt</c>,
/// <c>20230530.txt</c>, <c>paper_2023_05_30.txt</c>): the issue's date when its masthead prints none.
/// </summary>
internal static partial class SourceDate
{
    public static DateOnly? Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var match = Date().Match(Path.GetFileNameWithoutExtension(source));
        if (!match.Success) return null;
        var (year, month, day) = (int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>1[89]\d\d|2\d\d\d)([-_.]?)(?<m>0[1-9]|1[0-2])\1(?<d>0[1-9]|[12]\d|3[01])(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Date();
}

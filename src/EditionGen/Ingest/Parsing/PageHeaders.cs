using System.Text.RegularExpressions;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Recognises the running header printed under a page marker: the date and weekday again, or the page's
/// editors (责任编辑：张三). It heads no article.
/// </summary>
internal static partial class PageHeaders
{
    public static bool IsHeaderLine(string text) =>
        text.Length <= 80 && (MastheadReader.IsFieldLine(text) || Editors().IsMatch(text));

    [GeneratedRegex(@"^(?:责任编辑|责编|美编|校对|版式|美术编辑|值班编辑|编辑|审核|终审|组版)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex Editors();
}

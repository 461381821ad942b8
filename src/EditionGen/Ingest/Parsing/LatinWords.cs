using System.Text.RegularExpressions;
using EditionGen.Diagnostics;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Flags lower-case Latin words between Chinese characters, such as 底气 and 优势: in Chinese print they are
/// usually recognition or translation slips. Upper-case abbreviations such as GDP or APP are normal.
/// </summary>
internal static partial class LatinWords
{
    public static void Check(int line, string text, WarningList warnings)
    {
        if (!text.Any(TextRules.IsAsciiLetter)) return;
        foreach (Match match in Pattern().Matches(text))
        {
            warnings.Add(line, DiagnosticCodes.LatinWordInChineseText,
                $"the Latin word(s) \"{match.Groups["w"].Value}\" stand inside Chinese text; check the seed for a recognition slip.");
        }
    }

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}[ \u3000]?)(?<w>[a-z]{2,}(?: [a-z]{2,}){0,3})(?=[ \u3000]?\p{IsCJKUnifiedIdeographs})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

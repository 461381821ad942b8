using System.Text.Json;
using System.Text.RegularExpressions;
using EditionGen.Ingest.Json;
using EditionGen.Ingest.Parsing;
using EditionGen.Model;

namespace EditionGen.Tests.Ingest.Parsing;

/// <summary>
/// Checks that a parsed issue lost no seed text: every non-whitespace character of the seed is somewhere in
/// the JSON, except what the parser consumes on purpose (masthead field lines, page markers, continuation
/// marks and the box that marks a byline).
/// </summary>
internal static partial class Conservation
{
    private const string BylineMarkers = "□■◇◆●○▲△☆★";

    private static readonly HashSet<string> SkippedKeys = ["source", "id", "warnings", "date", "type", "code"];

    /// <summary>The characters missing from the issue, as text; empty when nothing was lost.</summary>
    public static string Missing(string seed, Issue issue)
    {
        var mastheadEnd = issue.Articles.Count > 0 ? issue.Articles.Min(a => a.SourceLines.First) : int.MaxValue;
        var want = new Dictionary<char, int>();
        var number = 0;
        foreach (var line in seed.Split('\n'))
        {
            number++;
            if (number < mastheadEnd && MastheadReader.IsFieldLine(line)) continue;
            if (PageMarkers.Read(line) is not null) continue;
            foreach (var c in Mark().Replace(line, ""))
            {
                if (!char.IsWhiteSpace(c) && !BylineMarkers.Contains(c, StringComparison.Ordinal)) Count(want, c, 1);
            }
        }

        var have = new Dictionary<char, int>();
        using var json = JsonDocument.Parse(IssueJson.Serialize(issue));
        Walk(json.RootElement, have);
        var missing = new System.Text.StringBuilder();
        foreach (var (c, n) in want.OrderBy(p => p.Key))
        {
            if (have.GetValueOrDefault(c) < n) missing.Append(c, n - have.GetValueOrDefault(c));
        }

        return missing.ToString();
    }

    private static void Walk(JsonElement element, Dictionary<char, int> have)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
            case JsonValueKind.Number:
                foreach (var c in element.ToString()) Count(have, c, 1);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Walk(item, have);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!SkippedKeys.Contains(property.Name)) Walk(property.Value, have);
                }

                break;
        }
    }

    private static void Count(Dictionary<char, int> counts, char c, int n) => counts[c] = counts.GetValueOrDefault(c) + n;

    [GeneratedRegex(@"[（(]\s*[上下]?[转接]\s*(?:自|至|到)?\s*第?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]")]
    private static partial Regex Mark();
}

using EditionGen.Diagnostics;

namespace EditionGen.Content;

/// <summary>
/// Values of an article's front matter that parse but cannot be right: an id becomes part of a URL and a file name,
/// so it may not hold '/', '\', '..' or a drive; page and order are counted from 1.
/// </summary>
internal static class ArticleKeyRules
{
    private const int MaxNumber = 999;
    private const int MaxIdLength = 64;

    /// <summary>Reports every value that breaks a rule (EG0203); true when none does.</summary>
    public static bool Hold(FrontMatterMapping values, string? id, int page, int order, DiagnosticBag diagnostics)
    {
        var holds = true;
        if (id is not null && IdProblem(id) is { } problem)
        {
            holds = false;
            diagnostics.Error(DiagnosticCodes.FrontMatterValueInvalid, values.KeyLocation("id"),
                $"id {problem}, and it becomes part of the article's address and file name; the file was skipped. "
                + "Use letters, digits, '-' and '_', such as id: \"01-02\", or leave the line out.");
        }

        foreach (var (key, value) in new[] { ("page", page), ("order", order) })
        {
            if (value is >= 1 and <= MaxNumber) continue;
            holds = false;
            diagnostics.Error(DiagnosticCodes.FrontMatterValueInvalid, values.KeyLocation(key),
                $"{key} must be a whole number from 1 to {MaxNumber}, not {value}; the file was skipped.");
        }

        return holds;
    }

    private static string? IdProblem(string id)
    {
        if (id.Length == 0) return "is empty";
        if (id.Length > MaxIdLength) return $"is longer than {MaxIdLength} characters";
        if (id.Contains("..", StringComparison.Ordinal)) return "contains '..'";
        if (id.Contains('/', StringComparison.Ordinal) || id.Contains('\\', StringComparison.Ordinal)) return "contains a '/' or '\\'";
        if (id.StartsWith('.') || Path.IsPathRooted(id) || id.Contains(':', StringComparison.Ordinal)) return "looks like a path";
        if (!id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.')) return "contains a character other than letters, digits, '-', '_' and '.'";
        return null;
    }
}

namespace EditionGen.Ingest.Parsing;

/// <summary>Judges what a line of seed text is from its own evidence: length, punctuation, opening marks.</summary>
internal static class LineClassifier
{
    /// <summary>Headlines, kickers and subheads are short; longer lines are running text even without punctuation.</summary>
    public const int MaxHeadingLength = 40;

    public static bool IsSubtitle(string text) =>
        text.Length is > 2 and <= 80
        && (text.StartsWith("——", StringComparison.Ordinal) || text.StartsWith("--", StringComparison.Ordinal) || text.StartsWith("－－", StringComparison.Ordinal) || text.StartsWith("─", StringComparison.Ordinal))
        && text.TrimStart('—', '-', '－', '─').Length > 0;

    /// <summary>A kicker announces its title with a trailing dash or ellipsis.</summary>
    public static bool EndsLikeKicker(string text) =>
        text.EndsWith("——", StringComparison.Ordinal) || text.EndsWith("……", StringComparison.Ordinal) || text.EndsWith("--", StringComparison.Ordinal);

    public static bool IsHeading(string text)
    {
        if (text.Length == 0) return false;
        if (EndsLikeKicker(text)) return text.Length <= MaxHeadingLength + 20 && !ContainsSentenceEnd(text);
        if (text.Length > MaxHeadingLength) return false;
        if (TextRules.HasClausePunctuation(text) || text[^1] is '：' or ':') return false;

        // A line wholly in brackets is an editor's note or a pointer to another page, never a headline;
        // a line that opens a bracket or quote without closing it (or closes one it did not open) is a
        // piece of running text cut at the end of a printed line.
        if (text[0] is '（' or '(' && text[^1] is '）' or ')') return false;
        if (!TextRules.IsBalanced(text)) return false;
        var last = text[^1];
        return last is not ('。' or '！' or '？' or '!' or '?' or '.' or '…');
    }

    private static bool ContainsSentenceEnd(string text) =>
        text.Contains('。', StringComparison.Ordinal) || text.Contains('！', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal);
}

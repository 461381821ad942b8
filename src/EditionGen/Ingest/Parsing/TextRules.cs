namespace EditionGen.Ingest.Parsing;

/// <summary>What punctuation and script say about a piece of Chinese newspaper text.</summary>
internal static class TextRules
{
    /// <summary>Characters that end a sentence, closing quotes and brackets included since they follow one.</summary>
    private const string SentenceEnds = "。！？!?.…”」』）)》\"'";

    /// <summary>Characters a sentence cannot start with: they close or continue something.</summary>
    private const string CannotStart = "，。、；：？！）》」』”’,.;:?!)]}%…·";

    public static bool EndsSentence(string text) => text.Length > 0 && EndsSentence(text[^1]);

    /// <summary>Whether text ending in this character ends a sentence; a closing bracket or quote closes one too.</summary>
    public static bool EndsSentence(char last) => SentenceEnds.Contains(last, StringComparison.Ordinal);

    /// <summary>
    /// Punctuation that separates clauses. Headlines may hold an enumeration comma (稳增长、促就业) or a colon
    /// (专家：…), but a comma or a full stop marks running text.
    /// </summary>
    public static bool HasClausePunctuation(string text)
    {
        foreach (var c in text)
        {
            if (c is '，' or '。' or '；' or '！' or '？' or ',' or ';' or '!' or '?') return true;
        }

        return false;
    }

    /// <summary>Whether every bracket and quote the text opens is closed in it, and none is closed that was not opened.</summary>
    public static bool IsBalanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '（' or '(' or '“' or '《' or '「' or '『' or '【' or '[') depth++;
            else if (c is '）' or ')' or '”' or '》' or '」' or '』' or '】' or ']' && --depth < 0) return false;
        }

        return depth == 0;
    }

    public static bool CannotStartSentence(string text) =>
        text.Length > 0 && CannotStart.Contains(text[0], StringComparison.Ordinal);

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Two pieces of one paragraph join with nothing between Han text, with a space between Latin words.</summary>
    public static bool NeedsSpace(char left, char right) =>
        char.IsAsciiLetterOrDigit(left) && char.IsAsciiLetterOrDigit(right) && !(char.IsAsciiDigit(left) && char.IsAsciiDigit(right));
}

namespace EditionGen.Ingest.Parsing;

/// <summary>What punctuation and script say about a piece of Chinese newspaper text.</summary>
internal static class TextRules
{
    /// <summary>Characters that end a sentence, closing quotes and brackets included since they follow one.</summary>
    private const string SentenceEnds = "。！？!?…”」』）)》\"";

    /// <summary>Punctuation that only ever appears inside or at the end of a sentence.</summary>
    private const string SentencePunctuation = "，。；！？、：,;!?";

    /// <summary>Characters a sentence cannot start with: they close or continue something.</summary>
    private const string CannotStart = "，。、；：？！）》」』”’,.;:?!)]}%…·";

    public static bool EndsSentence(string text)
    {
        if (text.Length == 0) return false;
        var last = text[^1];
        if (SentenceEnds.Contains(last, StringComparison.Ordinal))
        {
            // A closing bracket or quote ends a sentence only when the sentence inside it ended,
            // or when the bracket closes a whole aside such as a credit: （记者…）.
            return true;
        }

        return false;
    }

    public static bool HasSentencePunctuation(string text)
    {
        foreach (var c in text)
        {
            if (SentencePunctuation.Contains(c, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    public static bool CannotStartSentence(string text) =>
        text.Length > 0 && CannotStart.Contains(text[0], StringComparison.Ordinal);

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>The share of Han characters among the letters of the text, 0 when it has none.</summary>
    public static double HanShare(string text)
    {
        var han = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters == 0 ? 0 : (double)han / letters;
    }

    /// <summary>Joins two pieces of one paragraph: nothing between Han text, a space between Latin words.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        var a = left[^1];
        var b = right[0];
        return char.IsAsciiLetterOrDigit(a) && char.IsAsciiLetterOrDigit(b) && !(char.IsAsciiDigit(a) && char.IsAsciiDigit(b))
            ? left + " " + right
            : left + right;
    }
}

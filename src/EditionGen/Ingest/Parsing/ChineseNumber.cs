namespace EditionGen.Ingest.Parsing;

/// <summary>Reads page, issue and date numbers written in Arabic or Chinese numerals (二, 十二, 二十三, 二〇二三), full-width digits included (１２).</summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (text.Length == 0) return null;
        // Any digit a regular expression's \d matches: 0–9, and full-width ０–９ as some exports print them.
        if (text.All(char.IsDigit)) return text.Length <= 9 ? text.Aggregate(0, (value, c) => value * 10 + (int)char.GetNumericValue(c)) : null;

        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (c is '〇' or '○') digit = 0;
            if (c == '两') digit = 2;
            if (digit >= 0)
            {
                current = current * 10 + digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }
}

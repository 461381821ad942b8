namespace EditionGen.Ingest.Parsing;

/// <summary>One line of a seed: its 1-based number and its text without the line end.</summary>
internal sealed record SeedLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>The text without surrounding spaces, full-width ones included.</summary>
    public string Trimmed => Text.Trim();

    /// <summary>Paragraphs of the indent convention open with two full-width or several plain spaces, or a tab.</summary>
    public bool IsIndented => Text.StartsWith("\u3000", StringComparison.Ordinal) || Text.StartsWith("  ", StringComparison.Ordinal) || Text.StartsWith('\t');

    public static IReadOnlyList<SeedLine> Split(string text)
    {
        var lines = new List<SeedLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(new SeedLine(number++, text[start..i].TrimEnd()));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }

        return lines;
    }
}

namespace EditionGen.Content;

/// <summary>
/// The YAML between the opening <c>---</c> and the closing <c>---</c> (or <c>...</c>) of a content file.
/// <see cref="LineOffset"/> turns a 1-based line within the YAML into the file's line.
/// </summary>
internal sealed record FrontMatterSection(string Yaml, int LineOffset)
{
    /// <summary>Finds the front matter of a text whose line ends are already LF; null when there is none.</summary>
    public static FrontMatterSection? Find(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var position = 4;
        while (position <= text.Length)
        {
            var next = text.IndexOf('\n', position);
            var end = next < 0 ? text.Length : next;
            var line = text.AsSpan(position, end - position).TrimEnd(' ');
            if (line is "---" or "...") return new FrontMatterSection(text[4..position], LineOffset: 1);
            if (next < 0) break;
            position = next + 1;
        }
        return null;
    }
}

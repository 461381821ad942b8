namespace EditionGen.Ingest.Reading.Features;

/// <summary>The kind of a character at the edge of a line, the strongest single hint of what the line is.</summary>
internal static class CharClass
{
    public static char Of(char c) => c switch
    {
        _ when Parsing.TextRules.IsHan(c) => 'h',
        _ when char.IsAsciiDigit(c) || c is >= '０' and <= '９' => 'd',
        _ when char.IsLetter(c) => 'l',
        '“' or '「' or '『' or '"' or '‘' => 'q',
        '”' or '」' or '』' or '’' => 'Q',
        '（' or '(' or '【' or '《' or '[' or '〔' => 'b',
        '）' or ')' or '】' or '》' or ']' or '〕' => 'B',
        '。' or '.' => '.',
        '，' or ',' => ',',
        '、' => '、',
        '：' or ':' => ':',
        '；' or ';' => ';',
        '！' or '!' or '？' or '?' => '!',
        '…' => '…',
        '—' or '－' or '-' or '─' => '-',
        '□' or '■' or '●' or '◆' or '▲' or '★' or '☆' or '○' or '◇' or '△' => 'm',
        _ => 'o',
    };
}

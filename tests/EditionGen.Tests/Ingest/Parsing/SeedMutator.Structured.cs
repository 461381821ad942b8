using System.Text;

namespace EditionGen.Tests.Ingest.Parsing;

/// <summary>
/// Mutations of line-structured inputs (front matter, edition.yml, strings files, templates) on top of the seed
/// mutations: flipped characters, truncation, shuffled or repeated lines, unbalanced brackets and quotes, tabs,
/// huge values, values of the wrong type and byte order marks.
/// </summary>
internal sealed partial class SeedMutator
{
    private static readonly string[] Openers = ["[", "{", "\"", "'", "{{", "}}", "{%", "(", "]", "}", ":", "- ", "? ", "&a ", "*a", "!!binary ", "|", ">", "#", "---", "...", "%YAML 1.2"];

    private static readonly string[] WrongTypes = ["[1, 2]", "{a: 1}", "~", "null", "true", "-1", "0", "99999999999999999999", "1e400", "\"\"", "2023-02-30", "- item"];

    /// <summary>One to five mutations of <paramref name="text"/>, chosen by the seeded random.</summary>
    public string MutateLines(string text)
    {
        var operations = _random.Next(1, 6);
        for (var i = 0; i < operations; i++)
        {
            var lines = text.Split('\n').ToList();
            text = _random.Next(12) switch
            {
                0 => FlipCharacter(text),
                1 => text[..TruncationPoint(text)],
                2 => Join(ShuffleLines(lines)),
                3 => Join(Insert(lines, Openers[_random.Next(Openers.Length)])),
                4 => Join(ReplaceValue(lines, WrongTypes[_random.Next(WrongTypes.Length)])),
                5 => Join(RepeatLine(lines)),
                6 => Join(lines.Select(l => _random.Next(3) == 0 ? "\t" + l : l)),
                7 => Join(ReplaceValue(lines, new string((char)_random.Next(0x4E00, 0x9FFF), _random.Next(1000, 100_000)))),
                8 => "\uFEFF" + text,
                9 => Join(Insert(lines, RandomText())),
                10 => Mutate(text),
                _ => Join(lines.Select(l => _random.Next(4) == 0 ? l + Openers[_random.Next(Openers.Length)] : l)),
            };
        }

        return text;
    }

    /// <summary>The bytes of <paramref name="text"/> in UTF-8 with a few bits flipped, or in another encoding.</summary>
    public byte[] MutateBytes(string text)
    {
        var bytes = _random.Next(4) switch
        {
            0 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            1 => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            _ => Encoding.UTF8.GetBytes(text),
        };
        var flips = _random.Next(1, 8);
        for (var i = 0; i < flips && bytes.Length > 0; i++) bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
        return bytes;
    }

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines);

    private int TruncationPoint(string text)
    {
        if (text.Length == 0) return 0;
        var at = _random.Next(text.Length);
        return at > 0 && char.IsLowSurrogate(text[at]) ? at - 1 : at;
    }

    private string FlipCharacter(string text)
    {
        if (text.Length == 0) return text;
        var at = _random.Next(text.Length);
        if (char.IsSurrogate(text[at])) return text;
        var flipped = (char)(text[at] ^ (1 << _random.Next(7)));
        return char.IsSurrogate(flipped) ? text : text[..at] + flipped + text[(at + 1)..];
    }

    private List<string> ShuffleLines(List<string> lines)
    {
        Shuffle(lines);
        return lines;
    }

    private List<string> Insert(List<string> lines, string text)
    {
        var at = _random.Next(lines.Count + 1);
        if (_random.Next(2) == 0 && at < lines.Count) lines[at] += text;
        else lines.Insert(at, text);
        return lines;
    }

    // Replaces what follows the first ': ' of a random line, as a hand edit of a value would.
    private List<string> ReplaceValue(List<string> lines, string value)
    {
        var index = _random.Next(lines.Count);
        var colon = lines[index].IndexOf(": ", StringComparison.Ordinal);
        lines[index] = colon >= 0 ? lines[index][..(colon + 2)] + value : lines[index] + value;
        return lines;
    }

    private List<string> RepeatLine(List<string> lines)
    {
        var line = lines[_random.Next(lines.Count)];
        lines.Insert(_random.Next(lines.Count + 1), line);
        return lines;
    }
}

using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Ingest.Reading.Model;

/// <summary>
/// What the reader knows of the written language: the pairs of characters that stand side by side inside
/// lines of many training issues, and in how many. A pair across the end of one line and the start of the
/// next that the language uses often ("产" | "建") says a paragraph was cut there; a pair it never uses says
/// the lines are apart. Only pairs found in at least <see cref="MinimumIssues"/> issues are kept.
/// </summary>
public sealed class CharacterPairs
{
    public const int MinimumIssues = 3;

    private readonly uint[] _keys;
    private readonly byte[] _issues;

    public CharacterPairs(uint[] keys, byte[] issues)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(issues);
        if (keys.Length != issues.Length) throw new ArgumentException("one count per pair is needed", nameof(issues));
        _keys = keys;
        _issues = issues;
    }

    public static CharacterPairs None { get; } = new([], []);

    /// <summary>The pairs in key order (first character in the high half), each with the number of issues it was found in, at most 255.</summary>
    public IEnumerable<(uint Key, byte Issues)> All => _keys.Select((k, i) => (k, _issues[i]));

    public int Count => _keys.Length;

    /// <summary>How common the pair is: 0 (found in fewer than <see cref="MinimumIssues"/> issues), 1 (fewer than 10), 2 (fewer than 30), 3.</summary>
    public int Commonness(char first, char second)
    {
        var at = Array.BinarySearch(_keys, Key(first, second));
        if (at < 0) return 0;
        return _issues[at] switch
        {
            < 10 => 1,
            < 30 => 2,
            _ => 3,
        };
    }

    /// <summary>Counts, for every pair of word characters standing together inside a line, the issues it is found in.</summary>
    public static CharacterPairs Gather(IEnumerable<IReadOnlyList<ReaderLine>> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var counts = new Dictionary<uint, int>();
        var seen = new HashSet<uint>();
        foreach (var issue in issues)
        {
            seen.Clear();
            foreach (var line in issue)
            {
                var text = line.Text;
                for (var i = 0; i + 1 < text.Length; i++)
                {
                    if (JunctionEvidence.IsWordChar(text[i]) && JunctionEvidence.IsWordChar(text[i + 1])) seen.Add(Key(text[i], text[i + 1]));
                }
            }

            foreach (var key in seen) counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var kept = counts.Where(c => c.Value >= MinimumIssues).OrderBy(c => c.Key).ToList();
        return new CharacterPairs(kept.Select(c => c.Key).ToArray(), kept.Select(c => (byte)Math.Min(c.Value, 255)).ToArray());
    }

    private static uint Key(char first, char second) => (uint)first << 16 | second;
}

namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// Whether the words across the end of one line and the start of the next are words the seed uses elsewhere.
/// A paragraph cut at a column end is cut inside a sentence, often inside a word, so the characters on
/// either side of the cut stand together many times in the rest of the seed's text ("生产" | "建设兵团");
/// a heading's last characters and its article's first ones rarely do. Counted within lines only, so the
/// join itself never counts. What the written language does beyond the seed is told by the model's
/// <see cref="Model.CharacterPairs"/>.
/// </summary>
public sealed class JunctionEvidence
{
    private readonly Dictionary<long, int> _counts = new();
    private readonly Model.CharacterPairs _language;

    private JunctionEvidence(Model.CharacterPairs language)
    {
        _language = language;
    }

    /// <summary>
    /// Counts, in the seed's lines, the pairs and triples across each of <paramref name="joins"/> (the only
    /// ones <see cref="Across"/> will be asked about), so a seed costs one pass over its text.
    /// </summary>
    internal static JunctionEvidence Of(IReadOnlyList<LineEvidence> lines, Model.CharacterPairs language, IEnumerable<(string Above, string Below)> joins)
    {
        var evidence = new JunctionEvidence(language);
        foreach (var (above, below) in joins)
        {
            if (!Joinable(above, below)) continue;
            evidence._counts.TryAdd(Pair(above[^1], below[0]), 0);
            if (above.Length > 1 && IsWordChar(above[^2])) evidence._counts.TryAdd(Triple(above[^2], above[^1], below[0]), 0);
            if (below.Length > 1 && IsWordChar(below[1])) evidence._counts.TryAdd(Triple(above[^1], below[0], below[1]), 0);
        }

        if (evidence._counts.Count == 0) return evidence;

        // Only pairs and triples that start with a character some wanted key starts with are looked up.
        Span<ulong> starts = stackalloc ulong[(char.MaxValue + 1) / 64];
        starts.Clear();
        foreach (var key in evidence._counts.Keys)
        {
            var start = (char)((key >> (key >> 48 == 0 ? 16 : 32)) & 0xFFFF);
            starts[start >> 6] |= 1UL << (start & 63);
        }

        foreach (var line in lines)
        {
            var text = line.Text;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if ((starts[text[i] >> 6] & 1UL << (text[i] & 63)) == 0 || !IsWordChar(text[i]) || !IsWordChar(text[i + 1])) continue;
                evidence.Add(Pair(text[i], text[i + 1]));
                if (i + 2 < text.Length && IsWordChar(text[i + 2])) evidence.Add(Triple(text[i], text[i + 1], text[i + 2]));
            }
        }

        return evidence;
    }

    /// <summary>Whether a line ending in <paramref name="above"/> and one starting with <paramref name="below"/> meet between two word characters.</summary>
    public static bool Joinable(string above, string below) =>
        above.Length > 0 && below.Length > 0 && IsWordChar(above[^1]) && IsWordChar(below[0]);

    /// <summary>
    /// How often the pair across the join of <paramref name="above"/> and <paramref name="below"/> occurs
    /// elsewhere (0, 1, 2, 3: three to five, 4: more), and the same for the better of the two triples that
    /// reach one character further on either side, and how common the pair is in the language
    /// (<see cref="Model.CharacterPairs.Commonness"/>); null when the join is not between two word characters.
    /// </summary>
    public (int Pair, int Triple, int Language)? Across(string above, string below)
    {
        if (!Joinable(above, below)) return null;
        var a = above[^1];
        var b = below[0];
        var triple = 0;
        if (above.Length > 1 && IsWordChar(above[^2])) triple = Count(Triple(above[^2], a, b));
        if (below.Length > 1 && IsWordChar(below[1])) triple = Math.Max(triple, Count(Triple(a, b, below[1])));
        return (Bucket(Count(Pair(a, b))), Bucket(triple), _language.Commonness(a, b));
    }

    private void Add(long key)
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_counts, key);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref count)) count++;
    }

    private int Count(long key) => _counts.GetValueOrDefault(key);

    private static int Bucket(int count) => count switch
    {
        <= 2 => count,
        <= 5 => 3,
        _ => 4,
    };

    private static long Pair(char a, char b) => (long)a << 16 | b;

    private static long Triple(char a, char b, char c) => 1L << 48 | (long)a << 32 | (long)b << 16 | c;

    public static bool IsWordChar(char c) => Parsing.TextRules.IsHan(c) || char.IsAsciiLetterOrDigit(c);
}

namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The evidence the model weighs for each line of a seed: the line's own shape (length against the seed's
/// full line width, punctuation at its ends, bracket balance, opening marks, printed conventions), where it
/// stands (after a page marker, at the top of the seed), and the same kinds of evidence about its neighbours.
/// Each feature is a hashed name; which of them matter, and how much, is learned.
/// </summary>
public static partial class LineFeatures
{
    /// <summary>
    /// Each line's features; <paramref name="language"/> is what the model knows of the written language (none: what
    /// the seed shows only), <paramref name="pairs"/> the seed's character pairs when the caller has them already.
    /// </summary>
    public static ulong[][] Extract(IReadOnlyList<ReaderLine> lines, SeedProfile profile, Model.CharacterPairs? language = null, SeedPairs? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(profile);
        var evidence = lines.Select(l => LineEvidence.Of(l, profile)).ToArray();
        var result = new ulong[lines.Count][];
        var sinceMarker = -1;
        var buffer = new List<ulong>(128);
        var topics = TopicOverlap.Of(evidence);
        var cohesion = Cohesion.Of(evidence, pairs ?? SeedPairs.Of(lines));
        var resumed = Enumerable.Range(0, evidence.Length).Select(i => Resumed(evidence, i)).ToArray();
        var junctions = JunctionEvidence.Of(evidence, language ?? Model.CharacterPairs.None, Joins(evidence, resumed));
        for (var i = 0; i < lines.Count; i++)
        {
            var e = evidence[i];
            if (e.Flags.Contains('M', StringComparison.Ordinal)) sinceMarker = 0;
            else if (sinceMarker >= 0) sinceMarker++;
            buffer.Clear();
            Own(buffer, e, profile);
            Position(buffer, i, sinceMarker);
            Neighbour(buffer, "p", i > 0 ? evidence[i - 1] : null, wide: true);
            Neighbour(buffer, "n", i + 1 < lines.Count ? evidence[i + 1] : null, wide: true);
            Neighbour(buffer, "pp", i > 1 ? evidence[i - 2] : null, wide: false);
            Neighbour(buffer, "nn", i + 2 < lines.Count ? evidence[i + 2] : null, wide: false);
            Joint(buffer, i > 0 ? evidence[i - 1] : null, e, i + 1 < lines.Count ? evidence[i + 1] : null);
            Topic(buffer, topics[i]);
            Cohere(buffer, cohesion[i], e, i > 0 ? evidence[i - 1] : null);
            if (i > 0) Junction(buffer, junctions, evidence[i - 1], e);
            Resumption(buffer, junctions, evidence, i, resumed[i]);
            Rhythm(buffer, evidence, i);
            result[i] = Distinct(buffer);
        }

        return result;
    }

    /// <summary>The line's features in hash order, each once.</summary>
    private static ulong[] Distinct(List<ulong> buffer)
    {
        var features = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer);
        features.Sort();
        var count = features.Length == 0 ? 0 : 1;
        for (var k = 1; k < features.Length; k++)
        {
            if (features[k] != features[count - 1]) features[count++] = features[k];
        }

        return features[..count].ToArray();
    }

    private static void Own(List<ulong> f, LineEvidence e, SeedProfile profile)
    {
        f.Add(FeatureHasher.Hash("bias", ""));
        f.Add(FeatureHasher.Hash("o.len", e.LengthBucket));
        f.Add(FeatureHasher.Hash("o.w", e.WidthBucket));
        f.Add(FeatureHasher.Hash("o.f", [e.First]));
        f.Add(FeatureHasher.Hash("o.l", [e.Last]));
        f.Add(FeatureHasher.Hash("o.fl", [e.First, e.Last]));
        f.Add(FeatureHasher.Hash("o.es", e.EndsSentence ? 1 : 0));
        f.Add(FeatureHasher.Hash("o.cl", e.HasClause ? 1 : 0));
        f.Add(FeatureHasher.Hash("o.fs", e.HasFullStop ? 1 : 0));
        f.Add(FeatureHasher.Hash("o.dp", e.Depth));
        f.Add(FeatureHasher.Hash("o.shape", e.LengthBucket * 100 + (e.EndsSentence ? 10 : 0) + (e.HasClause ? 1 : 0)));
        f.Add(FeatureHasher.Hash("o.layout", (profile.Indents ? 100 : 0) + (e.Indented ? 10 : 0) + (e.BlankBefore ? 1 : 0)));
        f.Add(FeatureHasher.Hash("o.after", (profile.Indents ? 10 : 0) + (e.BlankAfter ? 1 : 0)));
        f.Add(FeatureHasher.Hash("o.tight", profile.Tight ? 1 : 0));
        foreach (var flag in e.Flags) f.Add(FeatureHasher.Hash("o.F", [flag]));
        f.Add(FeatureHasher.Hash("o.flags", e.Flags));
        var text = e.Text.AsSpan();
        f.Add(FeatureHasher.Hash("o.c1", text[..1]));
        f.Add(FeatureHasher.Hash("o.c2", text[..Math.Min(2, text.Length)]));
        f.Add(FeatureHasher.Hash("o.z1", text[^1..]));
        f.Add(FeatureHasher.Hash("o.z2", text[Math.Max(0, text.Length - 2)..]));
    }

    private static void Position(List<ulong> f, int index, int sinceMarker)
    {
        f.Add(FeatureHasher.Hash("pos.m", Math.Min(sinceMarker, 6)));
        if (sinceMarker < 0) f.Add(FeatureHasher.Hash("pos.top", index < 12 ? index : 12 + Math.Min(index / 12, 4)));
    }

    private static void Neighbour(List<ulong> f, string side, LineEvidence? e, bool wide)
    {
        var names = NeighbourNames.Of(side);
        if (e is null)
        {
            f.Add(FeatureHasher.Hash(side, "none"));
            return;
        }

        f.Add(FeatureHasher.Hash(names.Len, e.LengthBucket));
        f.Add(FeatureHasher.Hash(names.Es, e.EndsSentence ? 1 : 0));
        foreach (var flag in e.Flags) f.Add(FeatureHasher.Hash(names.Flag, [flag]));
        if (!wide) return;
        f.Add(FeatureHasher.Hash(names.W, e.WidthBucket));
        f.Add(FeatureHasher.Hash(names.F, [e.First]));
        f.Add(FeatureHasher.Hash(names.L, [e.Last]));
        f.Add(FeatureHasher.Hash(names.Cl, e.HasClause ? 1 : 0));
        f.Add(FeatureHasher.Hash(names.Dp, e.Depth));
        f.Add(FeatureHasher.Hash(names.Layout, (e.Indented ? 10 : 0) + (e.BlankBefore ? 1 : 0)));
        f.Add(FeatureHasher.Hash(names.Shape, e.LengthBucket * 100 + (e.EndsSentence ? 10 : 0) + (e.HasClause ? 1 : 0)));
        f.Add(FeatureHasher.Hash(names.C2, e.Text.AsSpan()[..Math.Min(2, e.Text.Length)]));
    }

    /// <summary>The names of a neighbour's features (<c>p.len</c>, <c>n.len</c>, …), made once.</summary>
    private sealed record NeighbourNames(string Len, string Es, string Flag, string W, string F, string L, string Cl, string Dp, string Layout, string Shape, string C2)
    {
        private static readonly Dictionary<string, NeighbourNames> Made = new[] { "p", "n", "pp", "nn" }.ToDictionary(s => s, Make, StringComparer.Ordinal);

        public static NeighbourNames Of(string side) => Made[side];

        private static NeighbourNames Make(string side) => new(side + ".len", side + ".es", side + ".F", side + ".w", side + ".f", side + ".l",
            side + ".cl", side + ".dp", side + ".layout", side + ".shape", side + ".c2");
    }

    /// <summary>
    /// Where the line stands among the headings and leads near it: subheads recur at intervals inside one
    /// article, while a title comes after an article's end and is soon followed by a lead or a byline.
    /// </summary>
    private static void Rhythm(List<ulong> f, LineEvidence[] evidence, int i)
    {
        static bool Heading(LineEvidence e) => e.Flags.Contains('h', StringComparison.Ordinal) && e.Length <= 30;
        static bool Opening(LineEvidence e) => e.Flags.Contains('L', StringComparison.Ordinal) || e.Flags.Contains('Y', StringComparison.Ordinal);
        f.Add(FeatureHasher.Hash("r.before", Distance(evidence, i, -1, Heading)));
        f.Add(FeatureHasher.Hash("r.after", Distance(evidence, i, +1, Heading)));
        f.Add(FeatureHasher.Hash("r.lead", Distance(evidence, i, +1, Opening)));
        if (Heading(evidence[i])) f.Add(FeatureHasher.Hash("r.h|lead", Distance(evidence, i, +1, Opening) * 10 + Distance(evidence, i, -1, Heading)));
    }

    /// <summary>How many lines away the nearest line of a kind is in one direction, in buckets (9: none near).</summary>
    private static int Distance(LineEvidence[] evidence, int i, int step, Func<LineEvidence, bool> kind)
    {
        for (var k = 1; k <= 12; k++)
        {
            var j = i + step * k;
            if (j < 0 || j >= evidence.Length || evidence[j].Flags.Contains('M', StringComparison.Ordinal)) return 8;
            if (kind(evidence[j])) return k switch { <= 3 => k, <= 5 => 4, <= 8 => 5, _ => 6 };
        }

        return 9;
    }

    private static void Topic(List<ulong> f, (int Above, int Below)? overlap)
    {
        if (overlap is not var (above, below)) return;
        f.Add(FeatureHasher.Hash("t.above", above));
        f.Add(FeatureHasher.Hash("t.below", below));
        f.Add(FeatureHasher.Hash("t.pair", above * 10 + below));
        f.Add(FeatureHasher.Hash("t.lean", Math.Sign(below - above)));
    }

    /// <summary>How much the texts above and below a short line share (see <see cref="Cohesion"/>), alone and with the line's length and how the line above ends.</summary>
    private static void Cohere(List<ulong> f, int? cohesion, LineEvidence e, LineEvidence? p)
    {
        if (cohesion is not { } value) return;
        var coarse = value switch { <= 1 => 0, <= 3 => 1, <= 5 => 2, <= 8 => 3, _ => 4 };
        f.Add(FeatureHasher.Hash("k.cos", value));
        f.Add(FeatureHasher.Hash("k.cos|len", coarse * 100 + e.LengthBucket));
        f.Add(FeatureHasher.Hash("k.cos|p.es", coarse * 10 + (p?.EndsSentence == true ? 1 : 0)));
    }

    /// <summary>Evidence that only pairs of lines show: how one line ends and the next begins, and their widths side by side.</summary>
    private static void Joint(List<ulong> f, LineEvidence? p, LineEvidence e, LineEvidence? n)
    {
        if (p is not null)
        {
            f.Add(FeatureHasher.Hash("p.l|o.f", [p.Last, e.First]));
            f.Add(FeatureHasher.Hash("p.w|o.w", p.WidthBucket * 100 + e.WidthBucket));
            f.Add(FeatureHasher.Hash("p.es|o.layout", (p.EndsSentence ? 100 : 0) + (e.Indented ? 10 : 0) + (e.BlankBefore ? 1 : 0)));
            f.Add(FeatureHasher.Hash("p.dp|o.dp", p.Depth * 10 + e.Depth));
            f.Add(FeatureHasher.Hash("o.vs.p", Math.Sign(e.Length - p.Length) + (e.Length == p.Length ? 5 : 0)));
            f.Add(FeatureHasher.Hash("p.es|o.shape", (p.EndsSentence ? 10000 : 0) + e.LengthBucket * 100 + (e.EndsSentence ? 10 : 0) + (e.HasClause ? 1 : 0)));
        }

        if (n is not null)
        {
            f.Add(FeatureHasher.Hash("o.l|n.f", [e.Last, n.First]));
            f.Add(FeatureHasher.Hash("o.w|n.w", e.WidthBucket * 100 + n.WidthBucket));
            f.Add(FeatureHasher.Hash("o.es|n.layout", (e.EndsSentence ? 100 : 0) + (n.Indented ? 10 : 0) + (n.BlankBefore ? 1 : 0)));
        }
    }
}

using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The evidence the second pass adds to a line's own: what the first pass made of the lines around it.
/// Besides the labels of its neighbours and how sure the first pass was of each of them and of the line, it says where the line would stand
/// in the article the first pass sees around it: how far back that article's headline is, how many subheads
/// stand before and after it in that article, whether a lead or byline follows soon, and whether another
/// subhead of about its length stands in the same article (subheads come in series of like lines; a new
/// article's title stands alone).
/// </summary>
public static class LabelContext
{
    private const int Reach = 80;

    /// <summary>Each line's second-pass features, from the first pass's labelling and probabilities (and the seed's character pairs, when the caller has them).</summary>
    public static ulong[][] Extract(IReadOnlyList<ReaderLine> lines, int[] path, double[][] marginals, SeedPairs? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(marginals);
        var result = new ulong[path.Length][];
        var context = new List<ulong>(32);
        var cohesion = ArticleCohesion.Of(lines, path, pairs ?? SeedPairs.Of(lines));
        for (var i = 0; i < path.Length; i++)
        {
            context.Clear();
            context.Add(FeatureHasher.Hash("c.bias", ""));
            Add(context, lines, path, marginals, i);
            if (cohesion[i] is { } value)
            {
                context.Add(FeatureHasher.Hash("c.coh", value));
                context.Add(FeatureHasher.Hash("c.y|coh", path[i] * 100 + value));
            }

            result[i] = [.. context];
        }

        return result;
    }

    /// <summary>Each line's first-pass features followed by its second-pass ones.</summary>
    public static ulong[][] Join(ulong[][] features, ulong[][] context)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(context);
        return features.Select((f, i) => (ulong[])[.. f, .. context[i]]).ToArray();
    }

    private static void Add(List<ulong> f, IReadOnlyList<ReaderLine> lines, int[] path, double[][] marginals, int i)
    {
        var own = path[i];
        var sure = Sureness(marginals[i][own]);
        f.Add(FeatureHasher.Hash("c.y", own));
        f.Add(FeatureHasher.Hash("c.y|sure", own * 10 + sure));
        if (RunnerUp(marginals[i], own) is { } alternative) f.Add(FeatureHasher.Hash("c.y|alt", own * 100 + alternative));
        var before = i > 0 ? path[i - 1] : -1;
        var after = i + 1 < path.Length ? path[i + 1] : -1;
        f.Add(FeatureHasher.Hash("c.p", before));
        f.Add(FeatureHasher.Hash("c.n", after));
        f.Add(FeatureHasher.Hash("c.p|y|n", (before + 1) * 10000 + own * 100 + after + 1));
        if (i > 0) f.Add(FeatureHasher.Hash("c.p|sure", before * 10 + Sureness(marginals[i - 1][before])));
        if (i + 1 < path.Length) f.Add(FeatureHasher.Hash("c.n|sure", after * 10 + Sureness(marginals[i + 1][after])));
        f.Add(FeatureHasher.Hash("c.pp", i > 1 ? path[i - 2] : -1));
        f.Add(FeatureHasher.Hash("c.nn", i + 2 < path.Length ? path[i + 2] : -1));

        var start = Opening(path, i, -1);
        var end = Opening(path, i, +1);
        var since = Bucket(i - start);
        var until = Bucket(end - i);
        var subheadsBefore = Math.Min(Count(path, start + 1, i, LineLabel.Subhead), 3);
        var subheadsAfter = Math.Min(Count(path, i + 1, end, LineLabel.Subhead), 3);
        f.Add(FeatureHasher.Hash("c.since", since));
        f.Add(FeatureHasher.Hash("c.until", until));
        f.Add(FeatureHasher.Hash("c.y|sub", own * 100 + subheadsBefore * 10 + subheadsAfter));
        f.Add(FeatureHasher.Hash("c.y|since|until", own * 10000 + since * 100 + until));
        f.Add(FeatureHasher.Hash("c.y|since|sub", own * 10000 + since * 100 + subheadsBefore * 10 + subheadsAfter));

        var opens = Math.Min(Distance(path, i, l => l is (int)LineLabel.Lead or (int)LineLabel.Byline), 4);
        f.Add(FeatureHasher.Hash("c.y|lead", own * 10 + opens));
        f.Add(FeatureHasher.Hash("c.open", Sureness(marginals[i][(int)LineLabel.Title] + marginals[i][(int)LineLabel.Kicker] + marginals[i][(int)LineLabel.Start])));

        if (own is (int)LineLabel.Subhead or (int)LineLabel.Title or (int)LineLabel.Paragraph && lines[i].Text.Length <= 40)
            f.Add(FeatureHasher.Hash("c.y|like", own * 10 + (HasLike(lines, path, i, start, end) ? 1 : 0)));
        if (lines[i].Text.Length <= 40) Host(f, path, i, own, opens);
    }

    /// <summary>
    /// How the article a short line would belong to, were it not a new one, opened and went on: whether its text
    /// began with a lead, a byline or neither, and how many leads it already holds. A roundup's host article opens
    /// without a lead and each of its parts has a subhead and a lead of its own; an article that has had its lead
    /// and then meets a heading with a lead under it has met a new article.
    /// </summary>
    private static void Host(List<ulong> f, int[] path, int i, int own, int opens)
    {
        var block = i;
        if (((LineLabel)own).IsHeadline())
        {
            while (block > 0 && ((LineLabel)path[block - 1]).IsHeadline()) block--;
        }

        var host = Opening(path, block, -1);
        var first = 3;
        var leads = 0;
        for (var j = Math.Max(host + 1, 0); j < block; j++)
        {
            var label = (LineLabel)path[j];
            if (label.IsHeadline() || label is LineLabel.Credit or LineLabel.Summary or LineLabel.Note or LineLabel.Continuation || label.IsOutside()) continue;
            if (first == 3) first = label switch { LineLabel.Lead => 2, LineLabel.Byline => 1, _ => 0 };
            if (label == LineLabel.Lead) leads++;
        }

        var shape = first * 100 + Math.Min(leads, 2) * 10 + (opens <= 3 ? 1 : 0);
        f.Add(FeatureHasher.Hash("c.host", shape));
        f.Add(FeatureHasher.Hash("c.y|host", own * 1000 + shape));
    }

    /// <summary>The nearest line in one direction (within reach) that opens an article or a page in the first pass's labels, or the end of the seed.</summary>
    private static int Opening(int[] path, int i, int step)
    {
        for (var k = 1; k <= Reach; k++)
        {
            var j = i + step * k;
            if (j < 0) return -1;
            if (j >= path.Length) return path.Length;
            if (Opens(path, j)) return j;
        }

        return i + step * (Reach + 1);
    }

    private static bool Opens(int[] path, int j)
    {
        var label = (LineLabel)path[j];
        if (label is LineLabel.PageMarker or LineLabel.Start) return true;
        return label.IsHeadline() && (j == 0 || !((LineLabel)path[j - 1]).IsHeadline());
    }

    private static int Count(int[] path, int from, int to, LineLabel label)
    {
        var count = 0;
        for (var j = Math.Max(from, 0); j < Math.Min(to, path.Length); j++) count += path[j] == (int)label ? 1 : 0;
        return count;
    }

    /// <summary>How many lines on the first line of a kind is, stopping at the next article's opening (9: none near).</summary>
    private static int Distance(int[] path, int i, Func<int, bool> kind)
    {
        for (var k = 1; k <= 6 && i + k < path.Length; k++)
        {
            if (kind(path[i + k])) return k;
            if (Opens(path, i + k)) break;
        }

        return 9;
    }

    /// <summary>Whether the article around line i holds another line labelled subhead whose length is within two characters of line i's.</summary>
    private static bool HasLike(IReadOnlyList<ReaderLine> lines, int[] path, int i, int start, int end)
    {
        var length = lines[i].Text.Length;
        for (var j = Math.Max(start + 1, 0); j < Math.Min(end, path.Length); j++)
        {
            if (j != i && path[j] == (int)LineLabel.Subhead && Math.Abs(lines[j].Text.Length - length) <= 2) return true;
        }

        return false;
    }

    private static int? RunnerUp(double[] marginals, int own)
    {
        var best = -1;
        for (var l = 0; l < marginals.Length; l++)
        {
            if (l != own && (best < 0 || marginals[l] > marginals[best])) best = l;
        }

        return best >= 0 && marginals[best] >= 0.1 ? best : null;
    }

    private static int Sureness(double probability) => probability switch
    {
        >= 0.95 => 4,
        >= 0.8 => 3,
        >= 0.6 => 2,
        >= 0.3 => 1,
        _ => 0,
    };

    private static int Bucket(int lines) => lines switch
    {
        <= 3 => lines,
        <= 6 => 4,
        <= 10 => 5,
        <= 20 => 6,
        <= 40 => 7,
        _ => 8,
    };
}

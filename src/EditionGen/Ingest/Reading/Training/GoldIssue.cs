using System.Text.Json;
using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// One issue of a training corpus: a seed (<c>NAME.txt</c>) and its line-exact gold reading
/// (<c>NAME.gold.json</c>), turned into the label of each of the seed's lines.
/// </summary>
public sealed record GoldIssue(string Name, IReadOnlyList<ReaderLine> Lines, LineLabel[] Labels, double Weight = 1)
{
    /// <summary>
    /// Every issue in the folders whose name starts with one of <paramref name="prefixes"/> (all when none), in
    /// name order, each counting <paramref name="weight"/> times in training.
    /// </summary>
    public static IReadOnlyList<GoldIssue> LoadAll(IEnumerable<string> folders, IReadOnlyCollection<string> prefixes, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(prefixes);
        var issues = new List<GoldIssue>();
        foreach (var folder in folders)
        {
            foreach (var name in Names(folder, prefixes))
                issues.Add(Load(Path.Combine(folder, name + ".txt"), Path.Combine(folder, name + ".gold.json")) with { Weight = weight });
        }

        return issues;
    }

    /// <summary>The names of the issues in a corpus folder that have a gold reading and start with one of the prefixes (all when none), in order.</summary>
    public static IEnumerable<string> Names(string folder, IReadOnlyCollection<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        return Directory.GetFiles(folder, "*.gold.json")
            .Select(gold => Path.GetFileName(gold)[..^".gold.json".Length])
            .Where(name => prefixes.Count == 0 || prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
    }

    public static GoldIssue Load(string seedPath, string goldPath)
    {
        var text = SeedDecoder.Read(seedPath);
        using var gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        var lines = ReaderLine.Split(text);
        var labels = GoldLabels.Of(lines, gold.RootElement);
        return new GoldIssue(Path.GetFileNameWithoutExtension(seedPath), lines, labels);
    }
}

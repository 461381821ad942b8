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
            foreach (var gold in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(gold)[..^".gold.json".Length];
                if (prefixes.Count > 0 && !prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))) continue;
                issues.Add(Load(Path.Combine(folder, name + ".txt"), gold) with { Weight = weight });
            }
        }

        return issues;
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

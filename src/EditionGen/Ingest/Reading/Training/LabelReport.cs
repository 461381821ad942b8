using System.Globalization;
using System.Text;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Line labels read by a model against the labels of gold readings: precision, recall and F1 per label, and
/// the label pairs most often confused, the way GROBID reports each of its models field by field.
/// </summary>
public sealed class LabelReport
{
    private readonly int[,] _counts = new int[LineLabels.Count, LineLabels.Count];
    private readonly List<string> _examples = [];

    /// <summary>Lines read wrong, each with the line before it, as <c>issue:line gold → read | text</c>.</summary>
    public IReadOnlyList<string> Examples => _examples;

    public static LabelReport Of(IEnumerable<GoldIssue> issues, ReaderModel model)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var report = new LabelReport();
        foreach (var issue in issues)
        {
            var labeled = SeedReader.Label(issue.Lines, model);
            for (var i = 0; i < issue.Labels.Length; i++)
            {
                report._counts[(int)issue.Labels[i], (int)labeled.Labels[i]]++;
                if (issue.Labels[i] == labeled.Labels[i]) continue;
                var before = i > 0 ? $"{issue.Labels[i - 1].Name()}/{labeled.Labels[i - 1].Name()} {Clip(issue.Lines[i - 1].Text)}" : "";
                report._examples.Add($"{issue.Name}:{issue.Lines[i].Number} gold {issue.Labels[i].Name()} read {labeled.Labels[i].Name()} ({labeled.Confidence(i):0.00}) | {Clip(issue.Lines[i].Text)}   <- {before}");
            }
        }

        return report;
    }

    public int Lines => _counts.Cast<int>().Sum();

    public int Correct => Enumerable.Range(0, LineLabels.Count).Sum(l => _counts[l, l]);

    public string Format(int confusions = 12)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"label",-18} {"gold",7} {"read",7} {"precision",9} {"recall",7} {"f1",6}");
        for (var l = 0; l < LineLabels.Count; l++)
        {
            var gold = Enumerable.Range(0, LineLabels.Count).Sum(k => _counts[l, k]);
            var read = Enumerable.Range(0, LineLabels.Count).Sum(k => _counts[k, l]);
            if (gold == 0 && read == 0) continue;
            var p = read == 0 ? 0 : (double)_counts[l, l] / read;
            var r = gold == 0 ? 0 : (double)_counts[l, l] / gold;
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            text.AppendLine(CultureInfo.InvariantCulture, $"{((LineLabel)l).Name(),-18} {gold,7} {read,7} {p,9:0.000} {r,7:0.000} {f,6:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"lines {Lines}, labelled as in gold {(double)Correct / Math.Max(1, Lines):P2}");
        var pairs = new List<(int Gold, int Read, int Count)>();
        for (var g = 0; g < LineLabels.Count; g++)
        {
            for (var r = 0; r < LineLabels.Count; r++)
            {
                if (g != r && _counts[g, r] > 0) pairs.Add((g, r, _counts[g, r]));
            }
        }

        foreach (var (g, r, count) in pairs.OrderByDescending(p => p.Count).ThenBy(p => p.Gold).ThenBy(p => p.Read).Take(confusions))
            text.AppendLine(CultureInfo.InvariantCulture, $"  gold {((LineLabel)g).Name()} read as {((LineLabel)r).Name()}: {count}");
        return text.ToString();
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using System.Globalization;
using System.Text;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading;

/// <summary>
/// A labelled seed as a person reads it: each line's number, its label and how sure the reader is, the
/// runner-up label when it is less than sure, the chance that the line opens an article when that is neither
/// near 0 nor near 1, and the line's text.
/// </summary>
public static class LabelExplanation
{
    public static string Format(LabeledSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var text = new StringBuilder();
        for (var i = 0; i < seed.Lines.Count; i++)
        {
            var marginals = seed.Marginals[i];
            var label = seed.Labels[i];
            var runnerUp = Enumerable.Range(0, marginals.Length).Where(l => l != (int)label).MaxBy(l => marginals[l]);
            var doubt = seed.Confidence(i) < 0.9 ? $" (or {((LineLabel)runnerUp).Name()} {marginals[runnerUp]:0.00})" : "";
            var opening = seed.Opening(i);
            var opens = opening is >= 0.05 and <= 0.95 ? $" [opens an article {opening:0.00}]" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"{seed.Lines[i].Number,6}  {label.Name(),-17} {seed.Confidence(i):0.00}{doubt}{opens}  {seed.Lines[i].Text}");
        }

        return text.ToString();
    }
}

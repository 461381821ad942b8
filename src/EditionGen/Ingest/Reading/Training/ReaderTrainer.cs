using EditionGen.Ingest.Reading.Decoding;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Trains both passes of the reader. The second pass learns from first-pass labels like those it will see on
/// a new issue, so they must not come from a first pass that was trained on the same issue: the issues are
/// split into folds (an issue and its re-laid copies always in the same one), a first pass is trained on all
/// folds but one and labels the one left out, and the second pass is trained on every issue's own features
/// with those labels added. The first pass shipped is trained on every issue. The language's character pairs
/// are counted on the issues as laid out in the corpus, not on their re-laid copies, whose line ends would
/// count as pairs. Folds are assigned in name order, so training stays deterministic.
/// </summary>
public static class ReaderTrainer
{
    public static ReaderModel Train(IReadOnlyList<GoldIssue> issues, TrainingOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(options);
        var pairs = CharacterPairs.Gather(issues.Where(i => !i.Name.Contains('@', StringComparison.Ordinal)).Select(i => i.Lines));
        var features = issues.Select(i => LineFeatures.Extract(i.Lines, SeedProfile.Of(i.Lines), pairs)).ToList();
        progress?.Invoke("first pass");
        var first = PerceptronTrainer.Train(issues, features, options, progress);
        if (options.Folds < 2) return new ReaderModel(first, null, pairs);

        var folds = FoldsOf(issues, options.Folds);
        var context = new ulong[issues.Count][][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var train = Enumerable.Range(0, issues.Count).Where(k => folds[k] != fold).ToList();
            progress?.Invoke($"first pass without fold {fold + 1} of {options.Folds}");
            var model = PerceptronTrainer.Train(train.Select(k => issues[k]).ToList(), train.Select(k => features[k]).ToList(), options, progress);
            for (var k = 0; k < issues.Count; k++)
            {
                if (folds[k] != fold) continue;
                var pass = LabelPass.Run(model, issues[k].Lines, features[k]);
                context[k] = LabelContext.Join(features[k], LabelContext.Extract(issues[k].Lines, pass.Path, pass.Marginals));
            }
        }

        progress?.Invoke("second pass");
        var second = PerceptronTrainer.Train(issues, context, options, progress);
        return new ReaderModel(first, second, pairs);
    }

    /// <summary>Each issue's fold: the issues' names without their layout suffix, in order, dealt round.</summary>
    internal static int[] FoldsOf(IReadOnlyList<GoldIssue> issues, int count)
    {
        static string Source(GoldIssue issue) => issue.Name.Split('@')[0];
        var names = issues.Select(Source).Distinct().Order(StringComparer.Ordinal).ToList();
        var fold = names.Select((name, k) => (name, k)).ToDictionary(p => p.name, p => p.k % count, StringComparer.Ordinal);
        return issues.Select(i => fold[Source(i)]).ToArray();
    }
}

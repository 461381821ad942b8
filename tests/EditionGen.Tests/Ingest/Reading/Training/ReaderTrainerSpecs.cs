using EditionGen.Ingest.Reading;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;
using EditionGen.Ingest.Reading.Training;
using EditionGen.Tests.Build;

namespace EditionGen.Tests.Ingest.Reading.Training;

public class ReaderTrainerSpecs
{
    private static readonly string HandMade = Path.Combine(SampleEdition.RepositoryRoot, "tests", "Training");

    [Fact]
    public void Training_twice_on_the_same_issues_gives_the_same_two_pass_model_byte_for_byte()
    {
        var issues = TrainingSet.Compose([HandMade], [], [], handMadeWeight: 1);
        var options = new TrainingOptions(Epochs: 2);

        var first = Bytes(ReaderTrainer.Train(issues, options));
        var second = ReaderTrainer.Train(issues, options);

        Assert.NotNull(second.Second);
        Assert.True(second.Pairs.Count > 0);
        Assert.Equal(first, Bytes(second));
    }

    [Fact]
    public void Without_folds_only_the_first_pass_is_trained()
    {
        var issues = TrainingSet.Compose([HandMade], ["sample"], [], handMadeWeight: 1);

        var model = ReaderTrainer.Train(issues, new TrainingOptions(Epochs: 1, Folds: 0));

        Assert.Null(model.Second);
    }

    [Fact]
    public void An_issue_and_its_re_laid_copies_fall_in_the_same_fold_and_folds_are_dealt_in_name_order()
    {
        GoldIssue Issue(string name) => new(name, [], []);
        GoldIssue[] issues = [Issue("2019-10-02@0b"), Issue("2019-10-01"), Issue("2019-10-02"), Issue("2019-10-01@28i-m"), Issue("2019-10-03")];

        var folds = ReaderTrainer.FoldsOf(issues, 2);

        Assert.Equal([1, 0, 1, 0, 0], folds);
    }

    [Fact]
    public void A_two_pass_model_trained_on_the_hand_made_issues_reads_their_headlines_as_headlines()
    {
        var issues = TrainingSet.Compose([HandMade], [], [], handMadeWeight: 1);
        var model = ReaderTrainer.Train(issues, new TrainingOptions(Epochs: 4));
        var sample = issues.First(i => i.Name.StartsWith("sample", StringComparison.Ordinal) && !i.Name.Contains('@', StringComparison.Ordinal));

        var read = SeedReader.Label(sample.Lines, model);

        var headlines = Enumerable.Range(0, sample.Lines.Count).Where(i => sample.Labels[i] == LineLabel.Title).ToList();
        Assert.NotEmpty(headlines);
        Assert.All(headlines, i => Assert.Equal(LineLabel.Title, read.Labels[i]));
    }

    private static byte[] Bytes(ReaderModel model)
    {
        using var stream = new MemoryStream();
        ReaderModelFile.Write(model, stream);
        return stream.ToArray();
    }
}

using System.Security.Cryptography;
using EditionGen.Build.State;
using EditionGen.Diagnostics;

namespace EditionGen.Tests.Build;

/// <summary>Rebuilds that append their changes to the state's journal, and builds after one killed while it did.</summary>
public sealed partial class IncrementalBuildSpecs
{
    private string StateFile => _edition.PathOf(".editiongen/" + BuildState.FileName);

    private string JournalFile => _edition.PathOf(".editiongen/" + StateJournal.FileName);

    private void EditArticle(string sentence)
    {
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + $"\n{sentence}\n");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_rebuild_after_an_edit_appends_to_the_journal_and_the_next_one_builds_from_it_what_a_clean_build_gives(int jobs)
    {
        Build(jobs);
        var state = File.ReadAllBytes(StateFile);
        EditArticle("编辑补充的一段话。");

        Build(jobs);

        Assert.Equal(state, File.ReadAllBytes(StateFile));
        Assert.True(File.Exists(JournalFile));
        // The state read back is the one the rebuild left: it knows the edited article's bytes.
        var edited = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_edition.PathOf(EditedArticle))));
        Assert.Equal(edited, State().Content[EditedArticle].Hash);
        EditArticle("编辑又补充了一段话。");

        var third = Build(jobs);

        Assert.DoesNotContain(third.Diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded);
        Assert.Equal(1, third.ReusedIssues);
        Assert.Equal(1, third.Parsed);
        AssertSameAsCleanBuild(jobs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    [InlineData(-1)]
    public void A_journal_record_cut_short_by_a_killed_build_is_left_with_a_warning_and_the_next_build_equals_a_clean_build(int kept)
    {
        Build(jobs: 2);
        EditArticle("编辑补充的一段话。");
        Build(jobs: 2);
        var journal = File.ReadAllBytes(JournalFile);
        // The record is cut after its first byte, inside its changes, or before its checksum's last byte.
        File.WriteAllBytes(JournalFile, journal[..(kept > 0 ? kept : journal.Length + kept)]);
        EditArticle("编辑又补充了一段话。");

        var next = Build(jobs: 2);

        var warning = Assert.Single(next.Diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded);
        Assert.Contains("journal", warning.Message, StringComparison.Ordinal);
        Assert.Contains("cut short", warning.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(JournalFile));
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void An_article_put_back_after_a_build_killed_before_it_appended_to_the_journal_is_built_as_a_clean_build_would()
    {
        Build(jobs: 2);
        var path = _edition.PathOf(EditedArticle);
        var original = File.ReadAllText(path);
        EditArticle("编辑补充的一段话。");
        Build(jobs: 2);
        // Killed after the edited output was put in place, before its record was appended: the state is the one of the
        // build before, whose inputs are those of the article as it is put back now, but whose files are not all in the output.
        File.Delete(JournalFile);
        File.WriteAllText(path, original);

        var next = Build(jobs: 2);

        Assert.False(next.UpToDate);
        Assert.DoesNotContain(next.Diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded);
        Assert.DoesNotContain("编辑补充", File.ReadAllText(Path.Combine(_edition.Output, "2023/05/30/01/03/index.html")), StringComparison.Ordinal);
        AssertSameAsCleanBuild(jobs: 2);
    }
}

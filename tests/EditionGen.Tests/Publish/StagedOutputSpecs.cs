using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Publish;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Publish;

public class StagedOutputSpecs
{
    private static void BuildPreviousOutput(TempDir temp)
    {
        temp.Write("site-output/index.html", "<!DOCTYPE html><title>旧</title>");
        temp.Write("site-output/2023/05/29/index.html", "<p>五月二十九日</p>");
        temp.Write("site-output/assets/site.css", "body { margin: 0 }");
    }

    private static string[] Leftovers(TempDir temp) =>
        Directory.GetDirectories(temp.Path, ".site-output.*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void A_commit_replaces_the_previous_output_with_exactly_the_new_files()
    {
        using var temp = new TempDir();
        BuildPreviousOutput(temp);
        var output = temp.Combine("site-output");

        using (var staged = StagedOutput.Begin(output))
        {
            staged.Write(SiteFile.FromText("index.html", "<!DOCTYPE html><title>新</title>"));
            staged.Write(SiteFile.FromText("2023/05/30/index.html", "<p>五月三十日</p>"));
            staged.Commit();
        }

        var files = FolderSnapshot.Of(output);
        Assert.Equal(["2023/05/30/index.html", "index.html"], files.Keys);
        Assert.Equal("<!DOCTYPE html><title>新</title>", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Leftovers(temp));
    }

    [Fact]
    public void The_first_build_creates_the_output_folder()
    {
        using var temp = new TempDir();
        var output = temp.Combine("public", "site-output");

        using (var staged = StagedOutput.Begin(output))
        {
            staged.Write(SiteFile.FromText("index.html", "<p>首期</p>"));
            staged.Commit();
        }

        Assert.Equal(["index.html"], FolderSnapshot.Of(output).Keys);
    }

    [Fact]
    public void The_staging_folder_sits_beside_the_output_so_the_swap_is_a_rename()
    {
        using var temp = new TempDir();

        using var staged = StagedOutput.Begin(temp.Combine("site-output"));

        Assert.Equal(temp.Path, Path.GetDirectoryName(staged.StagingDirectory));
        Assert.StartsWith(".site-output.staging-", Path.GetFileName(staged.StagingDirectory), StringComparison.Ordinal);
    }

    [Fact]
    public void An_aborted_build_leaves_the_previous_output_byte_identical()
    {
        using var temp = new TempDir();
        BuildPreviousOutput(temp);
        var output = temp.Combine("site-output");
        var before = FolderSnapshot.Of(output);

        using (var staged = StagedOutput.Begin(output))
        {
            staged.Write(SiteFile.FromText("index.html", "<p>写了一半</p>"));
            staged.Write(SiteFile.FromText("2023/05/29/index.html", "<p>覆盖</p>"));
        }

        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.Empty(Leftovers(temp));
    }

    [Fact]
    public void A_build_that_fails_with_an_exception_leaves_the_previous_output_byte_identical()
    {
        using var temp = new TempDir();
        BuildPreviousOutput(temp);
        var output = temp.Combine("site-output");
        var before = FolderSnapshot.Of(output);

        void FailingBuild()
        {
            using var staged = StagedOutput.Begin(output);
            staged.Write(SiteFile.FromText("index.html", "<p>新</p>"));
            throw new InvalidDataException("a template failed");
        }

        Assert.Throws<InvalidDataException>(FailingBuild);

        Assert.Equal(before, FolderSnapshot.Of(output));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/x")]
    [InlineData("a/../../x")]
    [InlineData("a/./b.html")]
    [InlineData("..\\x")]
    [InlineData("C:/x")]
    [InlineData("c:x")]
    [InlineData("a//b.html")]
    [InlineData("a/")]
    [InlineData("")]
    [InlineData("a\0b")]
    [InlineData(".git/config")]
    public void A_path_that_could_leave_the_output_folder_is_refused_before_anything_is_written(string path)
    {
        using var temp = new TempDir();
        var output = temp.Combine("work", "site-output");
        using var staged = StagedOutput.Begin(output);

        var refused = Assert.Throws<OutputException>(() => staged.Write(new SiteFile(path, [1, 2, 3], "templates/issue.html")));

        Assert.Equal(DiagnosticCodes.OutputOutsideRoot, refused.Diagnostic.Code);
        Assert.Contains("templates/issue.html", refused.Message, StringComparison.Ordinal);
        Assert.Empty(FolderSnapshot.Of(temp.Path));
    }

    [Fact]
    public void Refused_paths_can_be_collected_as_diagnostics_while_the_safe_files_are_written()
    {
        using var temp = new TempDir();
        using var staged = StagedOutput.Begin(temp.Combine("site-output"));
        var diagnostics = new DiagnosticBag();

        var written = new[] { "index.html", "../escape.html", "/etc/passwd", "2023/05/30/index.html" }
            .Select(path => staged.TryWrite(SiteFile.FromText(path, "<p>x</p>", "templates/issue.html"), diagnostics))
            .ToList();

        Assert.Equal([true, false, false, true], written);
        Assert.Equal([DiagnosticCodes.OutputOutsideRoot, DiagnosticCodes.OutputOutsideRoot], diagnostics.Select(d => d.Code));
        Assert.Equal(["2023/05/30/index.html", "index.html"], FolderSnapshot.Of(staged.StagingDirectory).Keys);
    }

    [Fact]
    public void A_path_written_twice_is_refused_even_when_only_its_case_differs()
    {
        using var temp = new TempDir();
        using var staged = StagedOutput.Begin(temp.Combine("site-output"));
        staged.Write(SiteFile.FromText("2023/05/30/Index.html", "甲"));

        var refused = Assert.Throws<OutputException>(() => staged.Write(SiteFile.FromText("2023/05/30/index.html", "乙")));

        Assert.Equal(DiagnosticCodes.OutputDuplicate, refused.Diagnostic.Code);
    }

    [Fact]
    public void Files_written_in_parallel_all_arrive_with_their_exact_bytes()
    {
        using var temp = new TempDir();
        var output = temp.Combine("site-output");
        var files = Enumerable.Range(0, 200)
            .Select(i => new SiteFile($"2023/{i % 12 + 1:00}/{i:000}/index.html", Enumerable.Range(0, 1000 + i).Select(b => (byte)(b * i)).ToArray()))
            .ToList();

        using (var staged = StagedOutput.Begin(output))
        {
            staged.WriteAll(files);
            staged.Commit();
        }

        var written = FolderSnapshot.Of(output);
        Assert.Equal(files.Select(f => f.Path).Order(StringComparer.Ordinal), written.Keys);
        Assert.All(files, file => Assert.Equal(file.Bytes, written[file.Path]));
    }

    [Fact]
    public void A_crash_between_the_two_renames_is_repaired_by_the_next_build_which_restores_the_previous_output()
    {
        using var temp = new TempDir();
        BuildPreviousOutput(temp);
        var output = temp.Combine("site-output");
        var before = FolderSnapshot.Of(output);
        // What a build killed after moving the output aside, but before moving staging in, leaves behind.
        temp.Write(".site-output.staging-20260101000000-dead/index.html", "<p>未完成</p>");
        Directory.Move(output, temp.Combine(".site-output.old-20260101000000-dead"));

        using (StagedOutput.Begin(output))
        {
            Assert.Equal(before, FolderSnapshot.Of(output));
            Assert.Single(Leftovers(temp));
        }

        Assert.Empty(Leftovers(temp));
    }

    [Fact]
    public void A_build_killed_before_its_commit_leaves_a_staging_folder_that_the_next_build_deletes()
    {
        using var temp = new TempDir();
        BuildPreviousOutput(temp);
        var output = temp.Combine("site-output");
        var before = FolderSnapshot.Of(output);
        temp.Write(".site-output.staging-20260101000000-dead/index.html", "<p>未完成</p>");

        using (var staged = StagedOutput.Begin(output))
        {
            Assert.Equal([Path.GetFileName(staged.StagingDirectory)], Leftovers(temp));
        }

        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.Empty(Leftovers(temp));
    }

    [Fact]
    public void A_crash_after_the_swap_leaves_an_old_folder_that_the_next_build_deletes()
    {
        using var temp = new TempDir();
        temp.Write("site-output/index.html", "<p>新</p>");
        temp.Write(".site-output.old-20260101000000-dead/index.html", "<p>旧</p>");
        var output = temp.Combine("site-output");

        using (StagedOutput.Begin(output))
        {
        }

        Assert.Equal("<p>新</p>", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Leftovers(temp));
    }

    [Fact]
    public void A_repository_checked_out_in_the_output_folder_survives_a_commit()
    {
        using var temp = new TempDir();
        BuildPreviousOutput(temp);
        temp.Write("site-output/.git/HEAD", "ref: refs/heads/gh-pages\n");
        var output = temp.Combine("site-output");

        using (var staged = StagedOutput.Begin(output))
        {
            staged.Write(SiteFile.FromText("index.html", "<p>新</p>"));
            staged.Commit();
        }

        Assert.Equal([".git/HEAD", "index.html"], FolderSnapshot.Of(output).Keys);
    }

    [Fact]
    public void A_crash_before_the_repository_was_carried_over_is_repaired_by_the_next_build()
    {
        using var temp = new TempDir();
        temp.Write("site-output/index.html", "<p>新</p>");
        temp.Write(".site-output.old-20260101000000-dead/index.html", "<p>旧</p>");
        temp.Write(".site-output.old-20260101000000-dead/.git/HEAD", "ref: refs/heads/gh-pages\n");
        var output = temp.Combine("site-output");

        using (StagedOutput.Begin(output))
        {
        }

        Assert.Equal([".git/HEAD", "index.html"], FolderSnapshot.Of(output).Keys);
        Assert.Empty(Leftovers(temp));
    }

    [Fact]
    public void A_committed_output_takes_no_more_writes()
    {
        using var temp = new TempDir();
        using var staged = StagedOutput.Begin(temp.Combine("site-output"));
        staged.Commit();

        Assert.Throws<InvalidOperationException>(() => staged.Write(SiteFile.FromText("late.html", "迟")));
    }
}

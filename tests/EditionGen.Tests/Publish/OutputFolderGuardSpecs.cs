using EditionGen.Diagnostics;
using EditionGen.Publish;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Publish;

/// <summary>The places no build may replace, checked without building (a wrong answer here must not cost a real folder).</summary>
public sealed class OutputFolderGuardSpecs : IDisposable
{
    private readonly TempDir _temp = new();

    public OutputFolderGuardSpecs()
    {
        _temp.Write("edition/edition.yml", "title: 测试\n");
        _temp.Write("edition/seeds/issue.txt", "2023年5月30日\n");
    }

    public void Dispose() => _temp.Dispose();

    private string Root => _temp["edition"];

    [Fact]
    public void The_file_system_root_is_refused_even_with_force()
    {
        var refusal = OutputFolderGuard.Refusal(Root, Path.GetPathRoot(Root)!, force: true);

        Assert.Equal(DiagnosticCodes.OutputFolderProtected, refusal?.Code);
        Assert.Contains("file system root", refusal!.Message);
    }

    [Fact]
    public void The_home_folder_and_any_folder_that_contains_it_are_refused_even_with_force()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        Assert.Contains("is your home folder", OutputFolderGuard.Refusal(Root, home, force: true)?.Message);
        Assert.Equal(DiagnosticCodes.OutputFolderProtected, OutputFolderGuard.Refusal(Root, Path.GetDirectoryName(home)!, force: true)?.Code);
    }

    [Fact]
    public void A_folder_that_contains_the_edition_is_refused_even_with_force()
    {
        var refusal = OutputFolderGuard.Refusal(Root, "..", force: true);

        Assert.Equal(DiagnosticCodes.OutputFolderProtected, refusal?.Code);
        Assert.Contains("contains the edition's folder", refusal!.Message);
    }

    [Theory]
    [InlineData("seeds/new")]
    [InlineData("content/2023")]
    [InlineData("templates/partials")]
    [InlineData(".editiongen/site")]
    [InlineData(".git/site")]
    public void A_folder_inside_one_of_the_editions_folders_is_refused_even_with_force(string output)
    {
        var refusal = OutputFolderGuard.Refusal(Root, output, force: true);

        Assert.Equal(DiagnosticCodes.OutputFolderProtected, refusal?.Code);
        Assert.Contains("lies inside the edition's " + output.Split('/')[0] + "/", refusal!.Message);
    }

    [Fact]
    public void A_new_folder_an_empty_one_and_one_that_holds_only_a_repository_may_be_replaced()
    {
        Directory.CreateDirectory(Path.Combine(Root, "empty"));
        Directory.CreateDirectory(Path.Combine(Root, "pages", ".git"));

        Assert.Null(OutputFolderGuard.Refusal(Root, "site-output", force: false));
        Assert.Null(OutputFolderGuard.Refusal(Root, "empty", force: false));
        Assert.Null(OutputFolderGuard.Refusal(Root, "pages", force: false));
    }

    [Fact]
    public void An_output_written_by_an_earlier_version_without_the_marker_is_recognised_by_the_files_every_build_wrote()
    {
        foreach (var name in new[] { "404.html", "index.html", "robots.txt", "sitemap.xml" }) _temp.Write("edition/old-site/" + name, "x");
        _temp.Write("edition/old-site/.nojekyll", "");

        Assert.Null(OutputFolderGuard.Refusal(Root, "old-site", force: false));

        File.WriteAllText(Path.Combine(Root, "old-site", ".nojekyll"), "not empty, so not ours");
        Assert.Equal(DiagnosticCodes.OutputFolderForeign, OutputFolderGuard.Refusal(Root, "old-site", force: false)?.Code);
    }

    [Fact]
    public void A_folder_with_only_some_of_the_files_an_earlier_build_wrote_is_not_taken_for_an_output()
    {
        _temp.Write("edition/blog/.nojekyll", "");
        _temp.Write("edition/blog/index.html", "<p>my own page</p>");
        _temp.Write("edition/blog/404.html", "<p>my own 404</p>");

        Assert.Equal(DiagnosticCodes.OutputFolderForeign, OutputFolderGuard.Refusal(Root, "blog", force: false)?.Code);
    }

    [Fact]
    public void A_file_in_place_of_the_output_folder_is_refused_even_with_force()
    {
        var refusal = OutputFolderGuard.Refusal(Root, "edition.yml", force: true);

        Assert.Equal(DiagnosticCodes.OutputFolderProtected, refusal?.Code);
        Assert.Contains("is a file", refusal!.Message);
    }
}

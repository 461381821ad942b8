namespace EditionGen.Tests.Build;

/// <summary>
/// A page's kept check holds while the site's paths are the same; a new issue only adds paths, so the pages that do not
/// show it keep their checks, as a daily paper's rebuild after each day's issue needs.
/// </summary>
public sealed partial class IncrementalBuildSpecs
{
    private void AddIssueOfJuneFirst() => WriteCopyOfSample("seeds/002_june_first.txt", "2023年6月1日", "总第10248期");

    [Fact]
    public void A_new_issue_takes_the_issue_it_does_not_neighbour_whole_and_the_site_equals_a_clean_build()
    {
        var first = Build(jobs: 2);
        var before = Times(_edition.Output);
        AddIssueOfJuneFirst();

        var second = Build(jobs: 2);

        var rewritten = Rewritten(before, Times(_edition.Output));
        Assert.Equal(1, second.ReusedIssues);
        Assert.Contains("2023/06/01/index.html", rewritten);
        Assert.DoesNotContain(rewritten, file => file.StartsWith("2023/05/30/", StringComparison.Ordinal));
        Assert.True(second.Rendered < first.Rendered, $"{second.Rendered} files were rendered again, {first.Rendered} by the first build");
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void An_issue_removed_checks_every_page_again_and_the_site_equals_a_clean_build()
    {
        AddIssueOfJuneFirst();
        Build(jobs: 2);
        File.Delete(_edition.PathOf("seeds/002_june_first.txt"));
        Directory.Delete(_edition.PathOf("content/2023/06/01"), recursive: true);

        var second = Build(jobs: 2);

        Assert.Equal(0, second.ReusedIssues);
        Assert.False(Directory.Exists(Path.Combine(_edition.Output, "2023/06/01")));
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_comment_and_a_custom_domain_added_to_the_configuration_take_every_issue_whole_and_write_only_the_domain()
    {
        Build(jobs: 2);
        var before = Times(_edition.Output);
        File.AppendAllText(_edition.PathOf("edition.yml"), "# 自定义域名\ncname: news.example.org\n");

        var second = Build(jobs: 2);

        Assert.Equal(2, second.ReusedIssues);
        Assert.Equal(["CNAME"], Rewritten(before, Times(_edition.Output)));
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_changed_title_renders_every_issue_again()
    {
        Build(jobs: 2);
        var before = Times(_edition.Output);
        File.WriteAllText(_edition.PathOf("edition.yml"), File.ReadAllText(_edition.PathOf("edition.yml")).Replace("title: 阿勒泰报", "title: 阿勒泰日报", StringComparison.Ordinal));

        var second = Build(jobs: 2);

        Assert.Equal(0, second.ReusedIssues);
        Assert.Contains("2023/05/31/01/01/index.html", Rewritten(before, Times(_edition.Output)));
        AssertSameAsCleanBuild(jobs: 2);
    }
}

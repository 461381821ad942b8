using System.Text.Json;
using EditionGen.Build;
using EditionGen.Cli;
using EditionGen.Configuration;
using EditionGen.Tests.Build;

namespace EditionGen.Tests.Cli.Commands;

public sealed class NewCommandSpecs : IDisposable
{
    private readonly DirectoryInfo _parent = Directory.CreateTempSubdirectory("editiongen-new-");

    public void Dispose() => _parent.Delete(recursive: true);

    private string Scaffolded(string name = "daily", params string[] extra)
    {
        var root = Path.Combine(_parent.FullName, name);
        var run = CliRun.Of(["new", root, .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return root;
    }

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    [Fact]
    public void I_can_scaffold_a_new_edition_with_its_configuration_and_folders()
    {
        var root = Scaffolded("daily", "--title", "晨报 \"周末版\": #1");

        foreach (var folder in new[] { "seeds", "content", "templates" }) Assert.True(Directory.Exists(Path.Combine(root, folder)), folder);
        var config = EditionConfigLoader.Load(root);
        Assert.Equal("晨报 \"周末版\": #1", config.Title);
        Assert.Equal("zh-CN", config.Language);
        Assert.Contains("# ", File.ReadAllText(Path.Combine(root, "edition.yml")));
    }

    [Fact]
    public void A_new_edition_explains_the_seed_format_and_how_to_eject_templates()
    {
        var root = Scaffolded();

        Assert.Contains("2023年5月30日", File.ReadAllText(Path.Combine(root, "seeds", "README.md")));
        Assert.Contains("editiongen templates eject", File.ReadAllText(Path.Combine(root, "templates", "README.md")));
        Assert.Contains("site-output/", File.ReadAllLines(Path.Combine(root, ".gitignore")));
        Assert.Contains(".editiongen/", File.ReadAllLines(Path.Combine(root, ".gitignore")));
        Assert.Contains("node_modules/", File.ReadAllLines(Path.Combine(root, ".gitignore")));
    }

    [Fact]
    public void A_new_edition_pins_the_pagefind_that_this_repository_is_tested_with()
    {
        var root = Scaffolded();

        var tested = Json(Path.Combine(SampleEdition.RepositoryRoot, "package.json")).GetProperty("devDependencies").GetProperty("pagefind").GetString();
        Assert.Equal(tested, Json(Path.Combine(root, "package.json")).GetProperty("devDependencies").GetProperty("pagefind").GetString());
        var lock_ = Json(Path.Combine(root, "package-lock.json")).GetProperty("packages");
        Assert.Equal(tested, lock_.GetProperty("").GetProperty("devDependencies").GetProperty("pagefind").GetString());
        var testedLock = Json(Path.Combine(SampleEdition.RepositoryRoot, "package-lock.json")).GetProperty("packages");
        Assert.Equal(testedLock.GetProperty("node_modules/pagefind").GetProperty("integrity").GetString(),
            lock_.GetProperty("node_modules/pagefind").GetProperty("integrity").GetString());
        Assert.Equal(testedLock.GetProperty("node_modules/@pagefind/linux-x64").GetProperty("integrity").GetString(),
            lock_.GetProperty("node_modules/@pagefind/linux-x64").GetProperty("integrity").GetString());
    }

    [Fact]
    public void A_new_edition_pins_the_editiongen_version_that_made_it_in_its_tool_manifest()
    {
        var root = Scaffolded();

        var tool = Json(Path.Combine(root, ".config", "dotnet-tools.json")).GetProperty("tools").GetProperty("editiongen.cli");
        Assert.Equal(ToolVersion.Package, tool.GetProperty("version").GetString());
        Assert.Equal("editiongen", tool.GetProperty("commands")[0].GetString());
    }

    [Fact]
    public void The_pages_workflow_restores_the_tool_builds_with_the_pages_address_and_deploys_with_the_official_actions()
    {
        var root = Scaffolded();

        var workflow = PagesWorkflow.Read(Path.Combine(root, ".github", "workflows", "pages.yml"));

        Assert.Contains("actions/configure-pages@v5", workflow.Uses);
        Assert.Contains("actions/upload-pages-artifact@v3", workflow.Uses);
        Assert.Contains("actions/deploy-pages@v4", workflow.Uses);
        Assert.Contains("dotnet tool restore", workflow.Runs);
        Assert.Contains(workflow.Runs, r => r.Contains("editiongen build") && r.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""));
        Assert.Equal(["pages: write", "id-token: write"], workflow.Permissions.Where(p => p != "contents: read"));
    }

    [Fact]
    public void The_pages_workflow_lets_the_collector_gather_16_MB_of_young_objects_before_collecting()
    {
        var root = Scaffolded();

        var workflow = PagesWorkflow.Read(Path.Combine(root, ".github", "workflows", "pages.yml"));

        var size = workflow.Environment["DOTNET_GCgen0size"];
        Assert.StartsWith("0x", size, StringComparison.Ordinal);
        Assert.Equal(16 * 1024 * 1024, Convert.ToInt64(size[2..], 16));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused()
    {
        File.WriteAllText(Path.Combine(_parent.FullName, "notes.txt"), "keep me");

        var run = CliRun.Of("new", _parent.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not empty", run.Error);
        Assert.Contains("--force", run.Error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(_parent.FullName).Select(Path.GetFileName));
    }

    [Fact]
    public void With_force_the_missing_files_are_added_and_no_existing_file_is_overwritten()
    {
        var root = Path.Combine(_parent.FullName, "existing");
        Directory.CreateDirectory(Path.Combine(root, ".github", "workflows"));
        File.WriteAllText(Path.Combine(root, "edition.yml"), "title: 我的报\n");
        File.WriteAllText(Path.Combine(root, ".github", "workflows", "pages.yml"), "name: mine\n");

        var run = CliRun.Of("new", root, "--force", "--title", "别的名字");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("title: 我的报\n", File.ReadAllText(Path.Combine(root, "edition.yml")));
        Assert.Equal("name: mine\n", File.ReadAllText(Path.Combine(root, ".github", "workflows", "pages.yml")));
        Assert.Contains("Kept edition.yml", run.Out);
        Assert.True(File.Exists(Path.Combine(root, ".config", "dotnet-tools.json")));
        Assert.True(File.Exists(Path.Combine(root, "seeds", "README.md")));
    }

    [Fact]
    public void With_force_a_link_in_place_of_a_file_is_not_written_through()
    {
        var root = Directory.CreateDirectory(Path.Combine(_parent.FullName, "linked")).FullName;
        var outside = Path.Combine(_parent.FullName, "outside.txt");
        File.WriteAllText(outside, "not the edition's");
        File.CreateSymbolicLink(Path.Combine(root, "package.json"), outside);

        var run = CliRun.Of("new", root, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("not the edition's", File.ReadAllText(outside));
        Assert.Contains("Kept package.json", run.Out);
    }

    [Fact]
    public void A_new_edition_builds_to_a_site_even_before_it_has_seeds_and_reports_no_warning()
    {
        var root = Scaffolded("empty-edition");

        var run = CliRun.Of("build", "--root", root, "--no-search");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.True(File.Exists(Path.Combine(root, SitePaths.DefaultOutputName, "index.html")));
    }
}

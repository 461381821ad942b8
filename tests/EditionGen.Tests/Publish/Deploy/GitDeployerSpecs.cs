using System.Diagnostics;
using EditionGen.Publish;
using EditionGen.Publish.Deploy;

namespace EditionGen.Tests.Publish.Deploy;

public sealed class GitDeployerSpecs : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("editiongen-deploy-specs-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private string BuiltSite()
    {
        var site = Directory.CreateDirectory(PathOf("site")).FullName;
        File.WriteAllText(Path.Combine(site, "index.html"), "<!doctype html><title>首页</title>");
        File.WriteAllText(Path.Combine(site, ".nojekyll"), "");
        File.WriteAllText(Path.Combine(site, OutputFolderGuard.MarkerFileName), "built\n");
        Directory.CreateDirectory(Path.Combine(site, "2023", "05", "30"));
        File.WriteAllText(Path.Combine(site, "2023", "05", "30", "index.html"), "<!doctype html><title>2023年5月30日</title>");
        return site;
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
        return output.Trim();
    }

    private string BareRemote()
    {
        var remote = PathOf("remote.git");
        Git(_folder.FullName, "init", "--quiet", "--bare", remote);
        return remote;
    }

    [Fact]
    public async Task I_can_deploy_a_built_site_to_a_branch_of_a_bare_repository()
    {
        var site = BuiltSite();
        var remote = BareRemote();

        var result = await GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = site, Root = site, Remote = remote });

        var files = Git(remote, "ls-tree", "-r", "--name-only", "gh-pages").Split('\n');
        Assert.Equal([".editiongen-output", ".nojekyll", "2023/05/30/index.html", "index.html"], files);
        Assert.Equal(result.Commit, Git(remote, "rev-parse", "gh-pages"));
        Assert.True(result.Changed);
    }

    [Fact]
    public async Task A_second_deploy_adds_a_commit_on_top_and_an_unchanged_site_adds_none()
    {
        var site = BuiltSite();
        var remote = BareRemote();
        var first = await GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = site, Root = site, Remote = remote });

        File.WriteAllText(Path.Combine(site, "index.html"), "<!doctype html><title>新的首页</title>");
        var second = await GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = site, Root = site, Remote = remote, Message = "Publish 2023-05-31" });
        var third = await GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = site, Root = site, Remote = remote });

        Assert.Equal(first.Commit, Git(remote, "rev-parse", "gh-pages^"));
        Assert.Equal("Publish 2023-05-31", Git(remote, "log", "-1", "--format=%s", "gh-pages"));
        Assert.False(third.Changed);
        Assert.Equal(second.Commit, third.Commit);
    }

    [Fact]
    public async Task Deploying_from_a_repository_leaves_its_working_tree_index_and_branch_alone()
    {
        var root = Directory.CreateDirectory(PathOf("edition")).FullName;
        Git(root, "init", "--quiet", "-b", "main");
        File.WriteAllText(Path.Combine(root, "edition.yml"), "title: 阿勒泰报\n");
        Git(root, "add", "edition.yml");
        Git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "edition");
        var site = Path.Combine(root, "site-output");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), "<!doctype html><title>首页</title>");
        File.WriteAllText(Path.Combine(site, OutputFolderGuard.MarkerFileName), "built\n");
        var remote = BareRemote();
        Git(root, "remote", "add", "origin", remote);

        await GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = site, Root = root });

        Assert.Equal("main", Git(root, "rev-parse", "--abbrev-ref", "HEAD"));
        Assert.Equal("?? site-output/", Git(root, "status", "--porcelain"));
        Assert.Equal(".editiongen-output\nindex.html", Git(remote, "ls-tree", "-r", "--name-only", "gh-pages"));
        Assert.Equal(Git(remote, "rev-parse", "gh-pages"), Git(root, "rev-parse", "gh-pages"));
    }

    [Fact]
    public async Task Deploying_a_site_that_was_never_built_fails_with_what_to_do()
    {
        var empty = Directory.CreateDirectory(PathOf("empty")).FullName;

        var error = await Assert.ThrowsAsync<DeployException>(() =>
            GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = empty, Root = empty, Remote = BareRemote() }));

        Assert.Contains("editiongen build", error.Message);
        Assert.Equal("EG0590", Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public async Task Deploying_a_folder_that_editiongen_did_not_build_is_refused_before_anything_is_pushed()
    {
        var mine = Directory.CreateDirectory(PathOf("mine")).FullName;
        File.WriteAllText(Path.Combine(mine, "index.html"), "<!doctype html><title>我的主页</title>");
        File.WriteAllText(Path.Combine(mine, "private-notes.txt"), "不公开");
        var remote = BareRemote();

        var error = await Assert.ThrowsAsync<DeployException>(() =>
            GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = mine, Root = mine, Remote = remote }));

        Assert.Contains(OutputFolderGuard.MarkerFileName, error.Message);
        Assert.Equal("", Git(remote, "for-each-ref"));
    }

    [Fact]
    public async Task A_remote_that_refuses_the_push_is_reported()
    {
        var site = BuiltSite();

        var error = await Assert.ThrowsAsync<DeployException>(() =>
            GitDeployer.DeployAsync(new DeployOptions { SiteDirectory = site, Root = site, Remote = PathOf("no-such-remote.git") }));

        Assert.Contains("refused", error.Message);
    }
}

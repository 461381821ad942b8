namespace EditionGen.Publish.Deploy;

/// <summary>
/// Publishes a built site as one commit on a branch (GitHub Pages' <c>gh-pages</c>) with git's
/// plumbing: the site is staged into an index file of its own, so neither the working tree,
/// its index, nor the current branch is touched.
/// </summary>
public static class GitDeployer
{
    public static async Task<DeployResult> DeployAsync(DeployOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var site = Path.GetFullPath(options.SiteDirectory);
        if (!File.Exists(Path.Combine(site, "index.html")))
        {
            throw new DeployException(site, "there is no built site here (no index.html). Run 'editiongen build' first.");
        }

        if (!OutputFolderGuard.IsOwnOutput(site))
        {
            throw new DeployException(site,
                $"this folder holds no {OutputFolderGuard.MarkerFileName}, so EditionGen did not build it, and its files may not be meant for the web. "
                + "Run 'editiongen build' into it first, or give the folder a build wrote.");
        }

        var scratch = Directory.CreateTempSubdirectory("editiongen-deploy-");
        try
        {
            var repository = await FindRepositoryAsync(Path.GetFullPath(options.Root), scratch.FullName, cancellationToken);
            var remote = options.Remote ?? (repository.IsScratch ? null : "origin");
            if (repository.IsScratch && remote is null)
            {
                throw new DeployException(options.Root,
                    "the edition's folder is not a git repository and no remote was given. Pass --remote with the repository to publish to.");
            }

            var name = await ConfiguredOr(repository.Path, "user.name", "EditionGen", cancellationToken);
            var email = await ConfiguredOr(repository.Path, "user.email", "editiongen@localhost", cancellationToken);
            // Run in the site folder with git's own folder named, so the site is the work tree and nothing else is.
            var git = new Git(site, new Dictionary<string, string?>
            {
                ["GIT_DIR"] = repository.Path,
                ["GIT_WORK_TREE"] = site,
                ["GIT_INDEX_FILE"] = Path.Combine(scratch.FullName, "index"),
                ["GIT_AUTHOR_NAME"] = name,
                ["GIT_AUTHOR_EMAIL"] = email,
                ["GIT_COMMITTER_NAME"] = name,
                ["GIT_COMMITTER_EMAIL"] = email,
            });

            var parent = await ParentAsync(git, remote, options.Branch, cancellationToken);
            await git.RunAsync(["add", "--all", "--force", "."], "staging the site failed", cancellationToken);
            var tree = await git.RunAsync(["write-tree"], "writing the site's tree failed", cancellationToken);

            var changed = parent is null || tree != await git.RunAsync(["rev-parse", parent + "^{tree}"], "reading the branch failed", cancellationToken);
            var commit = changed
                ? await git.RunAsync(CommitArguments(tree, parent, options.Message), "committing the site failed", cancellationToken)
                : parent!;

            if (!repository.IsScratch)
            {
                await git.RunAsync(["update-ref", "refs/heads/" + options.Branch, commit], "moving the branch failed", cancellationToken);
            }

            if (remote is not null)
            {
                await git.RunAsync(["push", remote, commit + ":refs/heads/" + options.Branch], $"the remote '{remote}' refused the site", cancellationToken);
            }

            return new DeployResult(commit, options.Branch, remote, changed);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> CommitArguments(string tree, string? parent, string message) =>
        parent is null
            ? ["commit-tree", tree, "-m", message]
            : ["commit-tree", tree, "-p", parent, "-m", message];

    // The branch's current commit: the remote's when it has the branch, else the local one, else none.
    private static async Task<string?> ParentAsync(Git git, string? remote, string branch, CancellationToken cancellationToken)
    {
        if (remote is not null)
        {
            var fetch = await git.TryRunAsync(["fetch", "--quiet", remote, "refs/heads/" + branch], cancellationToken);
            if (fetch.ExitCode == 0) return await git.RunAsync(["rev-parse", "FETCH_HEAD"], "reading the fetched branch failed", cancellationToken);
        }

        var local = await git.TryRunAsync(["rev-parse", "--verify", "--quiet", "refs/heads/" + branch], cancellationToken);
        return local.ExitCode == 0 ? local.StandardOutput.Trim() : null;
    }

    // The git folder of the root's repository, or a scratch bare repository when the root is not in one.
    private static async Task<(string Path, bool IsScratch)> FindRepositoryAsync(string root, string scratch, CancellationToken cancellationToken)
    {
        var probe = new Git(root, new Dictionary<string, string?>());
        var inside = await probe.TryRunAsync(["rev-parse", "--absolute-git-dir"], cancellationToken);
        if (inside.ExitCode == 0) return (inside.StandardOutput.Trim(), false);

        var bare = Path.Combine(scratch, "repository.git");
        await new Git(scratch, new Dictionary<string, string?>()).RunAsync(["init", "--quiet", "--bare", bare], "creating a scratch repository failed", cancellationToken);
        return (bare, true);
    }

    private static async Task<string> ConfiguredOr(string repository, string key, string fallback, CancellationToken cancellationToken)
    {
        var result = await new Git(repository, new Dictionary<string, string?>()).TryRunAsync(["config", "--get", key], cancellationToken);
        var value = result.StandardOutput.Trim();
        return result.ExitCode == 0 && value.Length > 0 ? value : fallback;
    }
}

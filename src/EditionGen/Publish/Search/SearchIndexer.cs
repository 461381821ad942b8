using System.ComponentModel;
using CliWrap;
using CliWrap.Buffered;
using EditionGen.Diagnostics;

namespace EditionGen.Publish.Search;

/// <summary>
/// Builds the search index with Pagefind (its extended build segments Chinese) through Node.js.
/// Pagefind comes from the npm package pinned in <c>package.json</c>; when <c>node_modules</c> is
/// missing it is restored with <c>npm ci</c>. Without Node.js the site is still built, with one
/// warning, and its search page says that search is not available.
/// </summary>
public sealed class SearchIndexer
{
    public const string OutputFolder = "pagefind";
    private const string Runner = "node_modules/pagefind/lib/runner/bin.cjs";

    private readonly string? _runner;

    private SearchIndexer(string? runner, string? unavailableBecause)
    {
        _runner = runner;
        UnavailableBecause = unavailableBecause;
    }

    /// <summary>Why search cannot be built on this machine, or null when it can.</summary>
    public string? UnavailableBecause { get; }

    public bool IsAvailable => _runner is not null;

    /// <summary>
    /// Finds Pagefind for an edition: in its folder or a folder above, restoring it with npm when needed;
    /// failing that, beside the EditionGen program itself.
    /// </summary>
    public static Task<SearchIndexer> LocateAsync(string root, CancellationToken cancellationToken = default) =>
        LocateAsync(root, AppContext.BaseDirectory, cancellationToken);

    internal static async Task<SearchIndexer> LocateAsync(string root, string programFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (await TryRunAsync("node", ["--version"], root, cancellationToken) is not { ExitCode: 0 })
        {
            return new SearchIndexer(null, "Node.js is not installed, so the search index was not built. Install Node.js 18 or later to add search.");
        }

        foreach (var dir in Ancestors(Path.GetFullPath(root)))
        {
            var runner = Path.Combine(dir.FullName, Runner);
            if (File.Exists(runner)) return new SearchIndexer(runner, null);
            if (!DeclaresPagefind(dir.FullName)) continue;

            var restore = await TryRunAsync("npm", ["ci", "--no-audit", "--no-fund"], dir.FullName, cancellationToken);
            if (restore is { ExitCode: 0 } && File.Exists(runner)) return new SearchIndexer(runner, null);
            return new SearchIndexer(null,
                $"'npm ci' in {dir.FullName} could not restore Pagefind ({restore?.StandardError.Trim() ?? "npm is not installed"}), so the search index was not built.");
        }

        var beside = Ancestors(programFolder).Select(d => Path.Combine(d.FullName, Runner)).FirstOrDefault(File.Exists);
        return beside is not null
            ? new SearchIndexer(beside, null)
            : new SearchIndexer(null, "no package.json that pins pagefind was found in the edition's folder or above it, so the search index was not built. Add one with 'npm install pagefind'.");
    }

    private static IEnumerable<DirectoryInfo> Ancestors(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent) yield return dir;
    }

    /// <summary>Indexes the HTML of a built site folder into its <c>pagefind/</c> folder.</summary>
    public async Task IndexAsync(string siteFolder, string displayPath, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_runner is null) throw new InvalidOperationException("Search is not available: " + UnavailableBecause);
        var result = await TryRunAsync("node", [_runner, "--site", siteFolder, "--output-subdir", OutputFolder, "--silent"], siteFolder, cancellationToken);
        if (result is not { ExitCode: 0 })
        {
            diagnostics.Error(DiagnosticCodes.SearchIndexFailed, SourceLocation.File(displayPath),
                $"Pagefind could not index the site: {(result?.StandardError + result?.StandardOutput)?.Trim()}");
        }
    }

    private static bool DeclaresPagefind(string folder)
    {
        var manifest = Path.Combine(folder, "package.json");
        return File.Exists(manifest) && File.Exists(Path.Combine(folder, "package-lock.json"))
            && File.ReadAllText(manifest).Contains("\"pagefind\"", StringComparison.Ordinal);
    }

    private static async Task<BufferedCommandResult?> TryRunAsync(string program, string[] arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        try
        {
            return await CliWrap.Cli.Wrap(program)
                .WithArguments(arguments)
                .WithWorkingDirectory(workingDirectory)
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(cancellationToken);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}

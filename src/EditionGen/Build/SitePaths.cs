namespace EditionGen.Build;

/// <summary>The folders of an edition, all derived from its root.</summary>
public sealed record SitePaths(string Root, string Output)
{
    public const string DefaultOutputName = "site-output";

    public string Seeds => Path.Combine(Root, "seeds");

    public string Content => Path.Combine(Root, "content");

    /// <summary>Build state that is not published: the validation report and caches.</summary>
    public string State => Path.Combine(Root, ".editiongen");

    public static SitePaths For(string root, string? output = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var fullRoot = Path.GetFullPath(root);
        var fullOutput = Path.GetFullPath(output ?? DefaultOutputName, fullRoot);
        return new SitePaths(fullRoot, fullOutput);
    }

    /// <summary>A path as the user should read it: relative to the root when inside it, with forward slashes.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return path;
        return relative.Replace('\\', '/');
    }
}

namespace EditionGen.Publish;

/// <summary>
/// The path a folder really has once every symbolic link on the way is followed, so that a link such as
/// <c>out -&gt; seeds</c> cannot make a protected folder look like an ordinary one.
/// </summary>
internal static class RealPath
{
    // More links than this in one path is a loop; the path is then taken as it is written.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var links = 0;
        return Resolve(full, ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }

            if (target is not null && links++ < MaxLinks)
            {
                var absolute = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target, current));
                next = Resolve(absolute, ref links);
            }

            current = next;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }
}

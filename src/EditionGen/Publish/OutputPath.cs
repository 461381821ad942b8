namespace EditionGen.Publish;

/// <summary>Decides whether a built file's path stays inside the output folder, before anything is written.</summary>
internal static class OutputPath
{
    /// <summary>Why <paramref name="relativePath"/> may not be written, or null when it is a plain relative path.</summary>
    public static string? Refusal(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            return "is empty";
        }

        if (relativePath.Contains('\\', StringComparison.Ordinal))
        {
            return "contains a backslash; use '/' between folders";
        }

        if (relativePath.Contains(':', StringComparison.Ordinal))
        {
            return "contains ':', which names a drive or a stream on some systems";
        }

        if (relativePath.Any(char.IsControl))
        {
            return "contains a control character";
        }

        if (relativePath.StartsWith('/') || Path.IsPathRooted(relativePath))
        {
            return "is absolute; give it relative to the output folder";
        }

        if (relativePath.Split('/')[0] == ".git")
        {
            return "is inside .git, which belongs to the repository the site may be published from";
        }

        foreach (var segment in relativePath.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "has an empty folder name (a '//' or a trailing '/')";
            }

            if (segment is "." or "..")
            {
                return "contains a '.' or '..' segment";
            }
        }

        return null;
    }

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>, or null when it resolves outside it.</summary>
    public static string? Under(string root, string relativePath)
    {
        var rootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(rootWithSeparator, relativePath));
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>
    /// Every folder holding one of <paramref name="paths"/> (relative paths with '/' between folders; a folder's may end
    /// in '/'), up to the output folder itself, the empty path.
    /// </summary>
    public static HashSet<string> FoldersAbove(IEnumerable<string> paths)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var entry in paths)
        {
            var path = entry.TrimEnd('/');
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(path[..slash])) break;
            }
        }

        return folders;
    }
}

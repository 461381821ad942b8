using System.Security.Cryptography;
using System.Text;
using EditionGen.Diagnostics;

namespace EditionGen.Build.State;

/// <summary>
/// What checking a file depends on besides its bytes: the base URL, the output folder's name and every path of the site,
/// hashed into one text that the state keeps. A file's kept check holds while that text is the same. When the site only
/// gained paths, it still holds for every file whose check found every local address it names: an added path can mend an
/// address that was missing, never break one that was found (it cannot be both a file and the folder of another).
/// </summary>
internal static class LinkContext
{
    /// <summary>The findings a missing path causes, which an added path may take away.</summary>
    private static readonly HashSet<string> MissingPathCodes = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.LinkBroken, DiagnosticCodes.AssetMissing, DiagnosticCodes.FeedEntryBroken,
    };

    /// <summary>The context of a site whose paths are <paramref name="sortedPaths"/>, in ordinal order.</summary>
    public static string Of(string baseUrl, string outputName, IEnumerable<string> sortedPaths)
    {
        // One text hashed at once: tens of thousands of paths, each handed to the hash by itself, cost more than the hashing.
        var text = new StringBuilder().Append(baseUrl).Append('\n').Append(outputName).Append('\n');
        foreach (var path in sortedPaths) text.Append(path).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// How this build's context stands to the last build's: the same, the same site with paths added, or changed
    /// otherwise. The last build's paths are the files it published, which its own context is checked against: a build
    /// that knew paths it did not publish (a shard) counts as changed.
    /// </summary>
    public static LinkChange Compare(BuildState? previous, string context, string baseUrl, string outputName, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (previous is null) return LinkChange.Other;
        if (previous.ValidationContext == context) return LinkChange.Same;
        if (previous.Files.Count >= known.Count || !previous.Files.Keys.All(known.Contains)) return LinkChange.Other;
        var before = Of(baseUrl, outputName, previous.Files.Keys.Order(StringComparer.Ordinal));
        return before == previous.ValidationContext ? LinkChange.Grown : LinkChange.Other;
    }

    /// <summary>Whether a file's kept check may have found a path missing that the site now has.</summary>
    public static bool MayHaveMissed(OutputEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var finding in entry.Check.Diagnostics)
        {
            if (MissingPathCodes.Contains(finding.Code)) return true;
        }

        return false;
    }
}

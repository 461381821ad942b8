using System.Globalization;
using EditionGen.Diagnostics;

namespace EditionGen.Build;

/// <summary>
/// <c>--shard K/N</c>: the K-th of N parts of an archive, for builds spread over several machines. The issues are
/// taken in date order and cut into N runs of consecutive issues of nearly equal length; shard K renders the
/// pages of its run only (issue, pages, articles and their text and JSON files), and a merge build adds the
/// pages that span issues. The same content always gives the same shares.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new UsageException($"--shard takes K/N with 1 <= K <= N, for example 2/4; '{text}' is not one.");
    }

    /// <summary>Whether the issue at <paramref name="position"/> (0-based, date order) of <paramref name="issues"/> is this shard's.</summary>
    public bool Holds(int position, int issues) =>
        (long)position * Count / Math.Max(1, issues) == Index - 1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}

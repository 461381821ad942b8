using System.Text.RegularExpressions;

namespace EditionGen.Benchmarks.Build;

/// <summary>
/// An archive of many issues made from the sample seed: each copy gets its own date and issue number,
/// so the build sees as many issues, pages and articles as a real archive of that size.
/// </summary>
public static partial class SyntheticArchive
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SampleSeed => File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "000_f2234381d2a682df.txt"));

    /// <summary>Writes <paramref name="issues"/> dated copies of the sample seed into a new edition folder.</summary>
    public static string CreateEdition(int issues)
    {
        var root = Directory.CreateTempSubdirectory("editiongen-bench-").FullName;
        File.Copy(Path.Combine(RepositoryRoot, "edition.yml"), Path.Combine(root, "edition.yml"));
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        var sample = SampleSeed;
        var first = new DateOnly(2014, 1, 1);
        for (var i = 0; i < issues; i++)
        {
            var date = first.AddDays(i);
            var text = DateLine().Replace(sample, $"{date.Year}年{date.Month}月{date.Day}日", 1);
            text = IssueNumber().Replace(text, $"总第{7000 + i}期", 1);
            File.WriteAllText(Path.Combine(seeds, $"{date:yyyyMMdd}.txt"), text);
        }

        return root;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditionGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Run the benchmarks inside the EditionGen repository.");
    }

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"总第\d+期")]
    private static partial Regex IssueNumber();
}

namespace EditionGen.Benchmarks.Build;

/// <summary>Where the benchmarks find the repository and its sample seed, which <see cref="SampleShapedArchive"/> recombines.</summary>
public static class SyntheticArchive
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SampleSeed => File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "000_f2234381d2a682df.txt"));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditionGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Run the benchmarks inside the EditionGen repository.");
    }
}

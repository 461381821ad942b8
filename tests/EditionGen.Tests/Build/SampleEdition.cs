namespace EditionGen.Tests.Build;

/// <summary>A copy of the repository's sample edition (configuration and seeds) in a temporary folder.</summary>
public sealed class SampleEdition : IDisposable
{
    public const string SampleSeed = "000_f2234381d2a682df.txt";

    private SampleEdition(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "site-output");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static SampleEdition Create()
    {
        var root = Directory.CreateTempSubdirectory("editiongen-sample-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        File.Copy(Path.Combine(RepositoryRoot, "edition.yml"), Path.Combine(root, "edition.yml"));
        File.Copy(Path.Combine(RepositoryRoot, "seeds", SampleSeed), Path.Combine(root, "seeds", SampleSeed));
        return new SampleEdition(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditionGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("The tests must run inside the EditionGen repository.");
    }
}

using System.Runtime.CompilerServices;

namespace EditionGen.Tests.Ingest.Parsing;

/// <summary>Finds the sample seed and the data-driven cases from this source file's place in the repository.</summary>
internal static class SampleSeed
{
    public const string Name = "000_f2234381d2a682df.txt";

    public static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(Folder(), "..", "..", "..", ".."));

    public static string Path_ => Path.Combine(RepositoryRoot(), "seeds", Name);

    public static string CasesFolder => Path.Combine(Folder(), "Cases");

    public static string Text() => File.ReadAllText(Path_);
}

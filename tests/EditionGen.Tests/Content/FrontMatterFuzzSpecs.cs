using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Tests.Build;
using EditionGen.Tests.Ingest.Parsing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

/// <summary>
/// Thousands of mutated content files, read in process with a seeded random: none may crash the reader, each is
/// read or gets an error located in it, and the good file beside them still reads.
/// </summary>
public sealed class FrontMatterFuzzSpecs
{
    private const int Folders = 20;
    private const int FilesPerFolder = 100;

    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(SampleEdition.RepositoryRoot, "content", "2023", "05", "30", name)).ReplaceLineEndings("\n");

    [Fact]
    public void Mutated_article_files_never_crash_the_reader_and_each_is_read_or_gets_an_error_in_it()
    {
        using var site = new TempDir();
        var mutator = new SeedMutator(20231201);
        var articles = new[] { "01-01.md", "01-02.md", "01-05.md" }.Select(Sample).ToArray();
        var mutated = new List<string>();
        for (var folder = 0; folder < Folders; folder++)
        {
            var date = new DateOnly(2001, 1, 1).AddDays(folder);
            var dir = $"content/{date:yyyy}/{date:MM}/{date:dd}";
            site.Write(dir + "/_index.md", $"---\ndate: {date:yyyy-MM-dd}\n---\n");
            site.Write(dir + "/99-99.md", "---\npage: 99\norder: 99\ntitle: \"好的一篇\"\n---\n\n正文。\n");
            for (var i = 0; i < FilesPerFolder; i++)
            {
                var name = $"{dir}/{i / 50 + 1:00}-{i % 50 + 1:00}.md";
                var text = articles[i % articles.Length];
                if (i % 10 == 0) File.WriteAllBytes(site.Write(name, ""), mutator.MutateBytes(text));
                else site.Write(name, mutator.MutateLines(text));
                mutated.Add(name);
            }
        }

        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(site["content"], diagnostics);

        var read = content.Issues.SelectMany(i => i.Articles).ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        var withErrors = diagnostics.Where(d => d.IsError).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(mutated, name => Assert.True(read.ContainsKey(name) || withErrors.Contains(name), $"{name} was neither read nor reported"));
        Assert.Equal(Folders, content.Issues.Count(i => i.Articles.Any(a => a.Article.Title == "好的一篇")));
        Assert.All(diagnostics, d => Assert.Contains(d.Location.Path, mutated.Concat(content.Issues.Select(i => i.SourcePath))));
        foreach (var article in read.Values)
        {
            var bodyDiagnostics = new DiagnosticBag();
            article.LoadBody(bodyDiagnostics);
        }
    }

    [Fact]
    public void Mutated_issue_files_never_crash_the_reader_and_each_is_read_or_gets_an_error_in_it()
    {
        using var site = new TempDir();
        var mutator = new SeedMutator(20231202);
        var index = Sample("_index.md");
        var mutated = new List<string>();
        for (var i = 0; i < Folders * FilesPerFolder / 4; i++)
        {
            var date = new DateOnly(2001, 1, 1).AddDays(i);
            var dir = $"content/{date:yyyy}/{date:MM}/{date:dd}";
            site.Write(dir + "/_index.md", mutator.MutateLines(index.Replace("2023-05-30", $"{date:yyyy-MM-dd}", StringComparison.Ordinal)));
            site.Write(dir + "/01-01.md", "---\npage: 1\norder: 1\ntitle: \"好的一篇\"\n---\n\n正文。\n");
            mutated.Add(dir + "/_index.md");
        }

        site.Write("content/2000/01/01/_index.md", "---\ndate: 2000-01-01\n---\n");
        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(site["content"], diagnostics);

        var read = content.Issues.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        var withErrors = diagnostics.Where(d => d.IsError).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(mutated, name => Assert.True(read.Contains(name) || withErrors.Contains(name), $"{name} was neither read nor reported"));
        Assert.Contains("content/2000/01/01/_index.md", read);
    }
}

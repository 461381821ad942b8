using System.Text.Json;
using EditionGen.Build.State;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Render;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;
using EditionGen.Validate;

namespace EditionGen.Tests.Build.State;

public class BuildStateFileSpecs
{
    [Fact]
    public void What_each_content_file_parsed_into_reads_back_from_the_state_as_it_was_parsed()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        site.Write("content/2023/05/30/09-01.md", "---\npage: 9\norder: 1\n---\n\n正文。\n");
        var parses = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: parses);
        var state = new BuildState(BuildState.CurrentVersion, "out", "inputs", "links", new Dictionary<string, ContentHash>(), parses.Current,
            new Dictionary<string, LayoutDependencies>(), new Dictionary<string, OutputEntry>(), new Dictionary<string, UnitEntry>(), [], 1, 4);

        BuildStateFile.Save(site[".editiongen"], state);
        var read = BuildStateFile.Load(site[".editiongen"], "out", new DiagnosticBag(), path => path);

        Assert.NotNull(read);
        Assert.Equal(parses.Current.Keys.Order(StringComparer.Ordinal), read.Parses.Keys.Order(StringComparer.Ordinal));
        Assert.All(parses.Current, parse => Assert.Equal(JsonSerializer.Serialize(parse.Value), JsonSerializer.Serialize(read.Parses[parse.Key])));
    }

    [Fact]
    public void A_new_state_is_not_put_in_place_when_publishing_the_output_fails()
    {
        using var site = new TempDir();
        BuildStateFile.Save(site[".editiongen"], State("old"));

        Assert.Throws<IOException>(() => BuildStateFile.SaveAfter(site[".editiongen"], State("new"), () => throw new IOException("the disk is full")));

        Assert.Equal("old", BuildStateFile.Load(site[".editiongen"], "out", new DiagnosticBag(), path => path)!.Inputs);
        Assert.Equal([BuildState.FileName], Directory.GetFiles(site[".editiongen"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_new_state_is_put_in_place_once_the_output_is()
    {
        using var site = new TempDir();
        BuildStateFile.Save(site[".editiongen"], State("old"));
        string? during = null;

        BuildStateFile.SaveAfter(site[".editiongen"], State("new"), () => during = BuildStateFile.Load(site[".editiongen"], "out", new DiagnosticBag(), path => path)!.Inputs);

        Assert.Equal("old", during);
        Assert.Equal("new", BuildStateFile.Load(site[".editiongen"], "out", new DiagnosticBag(), path => path)!.Inputs);
    }

    [Fact]
    public void Texts_that_repeat_read_back_as_written()
    {
        using var site = new TempDir();
        var check = new PageCheck([], new HashSet<string>(["article-01-01", "main"], StringComparer.Ordinal), []);
        var files = new Dictionary<string, OutputEntry>
        {
            ["a/index.html"] = new("a/index.html", "key", "hash", 1, 2, check),
            ["b/index.html"] = new("b/index.html", "key", "other", 3, 4, check),
        };
        var units = new Dictionary<string, UnitEntry> { ["a/index.html"] = new("a/index.html", "key", [new UnitFile("a/index.html", "page"), new UnitFile("b/index.html", "page")]) };
        var state = State("inputs") with { Files = files, Units = units };

        BuildStateFile.Save(site[".editiongen"], state);
        var read = BuildStateFile.Load(site[".editiongen"], "out", new DiagnosticBag(), path => path)!;

        Assert.Equal(JsonSerializer.Serialize(state.Files.OrderBy(f => f.Key, StringComparer.Ordinal)), JsonSerializer.Serialize(read.Files.OrderBy(f => f.Key, StringComparer.Ordinal)));
        Assert.Equal(JsonSerializer.Serialize(state.Units), JsonSerializer.Serialize(read.Units));
    }

    [Fact]
    public void A_state_whose_text_refers_to_no_text_before_it_is_discarded_with_a_warning()
    {
        using var site = new TempDir();
        BuildStateFile.Save(site[".editiongen"], State("inputs"));
        var path = Path.Combine(site[".editiongen"], BuildState.FileName);
        var bytes = File.ReadAllBytes(path);
        // After the magic, the format and the generation, the first text (the version) is marked 0 for "written whole";
        // 100 names a text that was never read.
        bytes[24] = 100;
        File.WriteAllBytes(path, bytes);
        var diagnostics = new DiagnosticBag();

        var read = BuildStateFile.Load(site[".editiongen"], "out", diagnostics, p => p);

        Assert.Null(read);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded && d.Message.Contains("damaged", StringComparison.Ordinal));
    }

    private static BuildState State(string inputs) => new(BuildState.CurrentVersion, "out", inputs, "links", new Dictionary<string, ContentHash>(),
        new Dictionary<string, ContentParse>(), new Dictionary<string, LayoutDependencies>(), new Dictionary<string, OutputEntry>(),
        new Dictionary<string, UnitEntry>(), [], 0, 0);
}

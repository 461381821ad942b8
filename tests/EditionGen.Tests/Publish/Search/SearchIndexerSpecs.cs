using System.Text.Json;
using EditionGen.Diagnostics;
using EditionGen.Publish.Search;
using EditionGen.Tests.Build;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Publish.Search;

public sealed class SearchIndexerSpecs : IDisposable
{
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("editiongen-search-");

    public void Dispose() => _site.Delete(recursive: true);

    private void Page(string path, string title, string body)
    {
        var file = Path.Combine(_site.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>
            <body><main data-pagefind-body><h1>{title}</h1><p>{body}</p></main></body></html>
            """);
    }

    [SkippableFact]
    public async Task The_index_of_a_chinese_site_is_built_into_its_pagefind_folder()
    {
        var indexer = await SearchIndexer.LocateAsync(SampleEdition.RepositoryRoot);
        ExternalTool.Require(indexer.IsAvailable, $"Search cannot be tested here: {indexer.UnavailableBecause}");
        Page("2023/05/30/01/01/index.html", "天山南北奏响高质量发展“变奏曲”", "在霍城县三官乡，成片的甜叶菊沐浴着阳光。");
        Page("2023/05/30/01/02/index.html", "爱路护路从我做起", "深入辖区学校开展法治宣传教育活动。");
        var diagnostics = new DiagnosticBag();

        await indexer.IndexAsync(_site.FullName, "site", diagnostics);

        Assert.Empty(diagnostics);
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.FullName, "pagefind", "pagefind-entry.json")));
        var language = Assert.Single(entry.RootElement.GetProperty("languages").EnumerateObject());
        Assert.StartsWith("zh", language.Name);
        Assert.Equal(2, language.Value.GetProperty("page_count").GetInt32());
    }

    [Fact]
    public async Task Without_a_pinned_pagefind_search_is_unavailable_with_a_reason()
    {
        var elsewhere = Path.GetPathRoot(_site.FullName)!;

        var indexer = await SearchIndexer.LocateAsync(elsewhere, elsewhere, CancellationToken.None);

        Assert.False(indexer.IsAvailable);
        Assert.Contains("search index was not built", indexer.UnavailableBecause);
    }
}

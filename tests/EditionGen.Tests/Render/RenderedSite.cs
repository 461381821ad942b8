using EditionGen.Configuration;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Render;

namespace EditionGen.Tests.Render;

/// <summary>Renders a whole site into memory for assertions: its plan, its files by path and its diagnostics.</summary>
internal sealed class RenderedSite
{
    private RenderedSite(RenderPlan plan, IReadOnlyList<SiteFile> files, DiagnosticBag diagnostics)
    {
        Plan = plan;
        Files = files;
        ByPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Diagnostics = diagnostics;
    }

    public RenderPlan Plan { get; }
    public IReadOnlyList<SiteFile> Files { get; }
    public IReadOnlyDictionary<string, SiteFile> ByPath { get; }
    public DiagnosticBag Diagnostics { get; }

    public static RenderedSite Of(SiteContent content, EditionConfig? config = null, string? siteRoot = null)
    {
        var renderer = new SiteRenderer(config ?? SampleSite.Config(), siteRoot ?? Path.Combine(Path.GetTempPath(), "editiongen-no-site-" + Guid.NewGuid().ToString("N")));
        var plan = renderer.Plan(content);
        var diagnostics = new DiagnosticBag();
        var files = plan.Render(diagnostics).ToList();
        return new RenderedSite(plan, files, diagnostics);
    }

    public string Text(string path) => ByPath.TryGetValue(path, out var file)
        ? file.Text
        : throw new Xunit.Sdk.XunitException($"{path} was not produced; produced: {string.Join(", ", ByPath.Keys.Order(StringComparer.Ordinal))}; diagnostics: {string.Join(" | ", Diagnostics)}");
}

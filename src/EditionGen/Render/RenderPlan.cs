using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Render;

/// <summary>
/// What the Render stage will produce. <see cref="Paths"/> is known before anything is rendered, so links can be
/// checked while pages stream out of <see cref="Render"/> one at a time.
/// </summary>
public sealed class RenderPlan
{
    private readonly HashSet<string> _paths;
    private readonly RenderInputs _inputs;
    private readonly IReadOnlyList<Diagnostic> _planDiagnostics;

    internal RenderPlan(RenderInputs inputs, IEnumerable<string> paths, IReadOnlyList<Diagnostic> planDiagnostics)
    {
        _inputs = inputs;
        _paths = new HashSet<string>(paths, StringComparer.Ordinal);
        Paths = _paths.Order(StringComparer.Ordinal).ToList();
        _planDiagnostics = planDiagnostics;
    }

    /// <summary>Every output path, relative to the output folder with <c>/</c>, sorted ordinally.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>How many issues the site has, in date order; a shard renders a share of them.</summary>
    public int IssueCount => _inputs.Issues.Count;

    /// <summary>The URL scheme of this site, to map links back to output paths.</summary>
    public UrlBuilder Urls => _inputs.Urls;

    public bool Contains(string path) => _paths.Contains(path);

    /// <summary>
    /// Renders the pages lazily, one at a time. A page whose template fails is reported to
    /// <paramref name="diagnostics"/> and not produced; the rest go on.
    /// </summary>
    public IEnumerable<SiteFile> Render(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.AddRange(_planDiagnostics);
        return new RenderPass(_inputs, diagnostics).Files();
    }

    /// <summary>
    /// The same pages as <see cref="Render"/>, in independent units that may be rendered on several threads at once:
    /// each unit yields its files lazily, and a file's bytes do not depend on which unit ran first.
    /// </summary>
    /// <param name="reuse">The last build's state, to skip pages whose inputs did not change; null renders every page.</param>
    internal IEnumerable<RenderUnit> RenderUnits(DiagnosticBag diagnostics, IRenderReuse? reuse = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.AddRange(_planDiagnostics);
        return new RenderPass(_inputs, diagnostics, reuse).Units();
    }

    /// <summary>The hash of the theme files with these names as they are now (site templates first, then the built-in theme).</summary>
    internal string TemplatesHash(IEnumerable<string> names) => PageKey.OfTemplates(_inputs.Theme, names);
}

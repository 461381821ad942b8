using EditionGen.Model;

namespace EditionGen.Render;

/// <summary>
/// One independent piece of rendering: the files of one issue (<see cref="Issue"/> is its place in date order)
/// or of one cross-issue part of the site (home, archive, indexes, feeds; <see cref="Issue"/> is null).
/// </summary>
internal sealed record RenderUnit(int? Issue, Func<IEnumerable<SiteFile>> Files);

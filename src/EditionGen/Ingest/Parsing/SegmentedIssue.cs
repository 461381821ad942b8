using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>The articles, pages and leftover text that segmentation found.</summary>
internal sealed record SegmentedIssue(IReadOnlyList<ArticleDraft> Articles, IReadOnlyList<PageInfo> Markers, IReadOnlyList<Residue> Unassigned);

namespace EditionGen.Ingest.Parsing;

/// <summary>An article while it is being segmented: its headline units, its body units and the page it is on.</summary>
internal sealed class ArticleDraft(int page)
{
    public int Page { get; } = page;

    public List<Unit> Head { get; } = [];

    public List<Unit> Body { get; } = [];

    /// <summary>A headline printed after the body, given to this article because it had none.</summary>
    public List<Unit> Orphan { get; } = [];

    public bool IsHeadless => Head.All(u => u.Kind != UnitKind.Heading) && Orphan.Count == 0;

    public bool HasText => Body.Any(u => u.Kind is UnitKind.Body or UnitKind.List);
}

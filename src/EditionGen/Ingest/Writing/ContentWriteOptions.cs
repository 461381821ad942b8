namespace EditionGen.Ingest.Writing;

/// <summary>How <see cref="ContentWriter"/> treats files edited by hand and how it names files in messages.</summary>
public sealed record ContentWriteOptions
{
    public static ContentWriteOptions Default { get; } = new();

    /// <summary>Overwrite files edited by hand, keeping each old file beside it as <c>NAME.bak</c> (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// The folder that paths in results and diagnostics are relative to, normally the site root;
    /// when null, the parent of the content root, so paths read <c>content/2023/05/30/01-01.md</c>.
    /// </summary>
    public string? DisplayRoot { get; init; }
}

namespace EditionGen.Build;

/// <summary>What <c>editiongen build</c> was asked to do.</summary>
public sealed record BuildOptions
{
    public string Root { get; init; } = ".";

    /// <summary>The output folder; relative paths are taken from <see cref="Root"/>.</summary>
    public string? Output { get; init; }

    /// <summary>Overrides <c>base_url</c> of <c>edition.yml</c>.</summary>
    public string? BaseUrl { get; init; }

    public bool NoCache { get; init; }

    public bool NoSearch { get; init; }

    /// <summary>Treats warnings as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>How many seeds or pages are worked on at once; 0 means one per processor.</summary>
    public int Jobs { get; init; }

    /// <summary>
    /// Overwrites hand-edited content files after saving a <c>.bak</c> copy, and replaces a non-empty output
    /// folder that EditionGen did not build (never a protected one, see <see cref="Publish.OutputFolderGuard"/>).
    /// </summary>
    public bool Force { get; init; }

    /// <summary>Fails at once, instead of waiting, while another build of the same edition runs.</summary>
    public bool NoWait { get; init; }

    /// <summary>Told once when the build has to wait for another build of the same edition.</summary>
    public Action<string>? Waiting { get; init; }

    /// <summary>Renders only this share of the issues and none of the pages that span issues (<c>--shard K/N</c>).</summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// Output folders of shard builds to merge (<c>--merge</c>): their issue files are taken as they are, and the
    /// pages that span issues are rendered; every issue must come from one of them.
    /// </summary>
    public IReadOnlyList<string> MergeFrom { get; init; } = [];

    public int EffectiveJobs => Jobs > 0 ? Jobs : Environment.ProcessorCount;
}

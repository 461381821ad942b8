namespace EditionGen.Publish.Deploy;

/// <summary>The commit that now holds the site, and whether it differed from what the branch had.</summary>
public sealed record DeployResult(string Commit, string Branch, string? Remote, bool Changed);

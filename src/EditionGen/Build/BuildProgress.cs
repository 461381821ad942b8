namespace EditionGen.Build;

/// <summary>A progress report: the stage at work and how far it has come, when it knows its total.</summary>
public sealed record BuildProgress(BuildStage Stage, int Done, int? Total, string? Item = null);

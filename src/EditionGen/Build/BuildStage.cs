namespace EditionGen.Build;

/// <summary>The stages of a build, in the order they run.</summary>
public enum BuildStage
{
    Ingest,
    Content,
    Render,
    Validate,
    Publish,
}

namespace EditionGen.Tests.Build.BadInput;

/// <summary>What a bad input leaves built, as the bad-input table of the README says it.</summary>
public enum BadInputOutcome
{
    /// <summary>The good seed beside the bad one still reaches content/; the previous site stays as it was.</summary>
    GoodSeedsIngested,

    /// <summary>The other content files are read without errors; the previous site stays as it was.</summary>
    OtherFilesRead,

    /// <summary>Nothing is published; the previous site stays as it was.</summary>
    PreviousSiteKept,

    /// <summary>The build succeeds and publishes the site.</summary>
    Published,

    /// <summary>Refused before anything is written: the edition and its folders are byte for byte as they were.</summary>
    NothingWritten,
}

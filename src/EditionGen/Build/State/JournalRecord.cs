namespace EditionGen.Build.State;

/// <summary>One record of a journal: where its changes are in the journal's bytes, and where the record ends.</summary>
internal sealed record JournalRecord(byte[] Journal, int Offset, int Length, int End)
{
    /// <summary>The record's changes, to be read from the start.</summary>
    public MemoryStream Open() => new(Journal, Offset, Length, writable: false);
}

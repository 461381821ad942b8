namespace EditionGen.Build.State;

/// <summary>The records of a journal that may be applied, in order, and why the rest of the journal, if any, was left.</summary>
internal sealed record JournalReading(IReadOnlyList<JournalRecord> Records, string? Left);

namespace EditionGen.Build.State;

/// <summary>The records of a journal that may be applied, in order; how many bytes they take; and why the rest of the journal, if any, was left.</summary>
internal sealed record JournalReading(IReadOnlyList<JournalRecord> Records, int Length, string? Left);

namespace EditionGen.Build.State;

/// <summary>
/// Where a state read back came from: the generation of the state file (a new one each time it is written whole), how
/// many records of its journal were applied and how long those are, the file's length, and whether the whole journal
/// was taken. A build appends to that journal only when all of it was taken; otherwise it writes the state whole.
/// </summary>
internal sealed record StateOrigin(Guid Generation, int Records, long JournalLength, long StateLength, bool WholeJournal);

namespace EditionGen.Build.State;

/// <summary>What changed in one table of the state: the names no longer there, and the entries new or different, by name.</summary>
internal sealed record TableChanges<T>(IReadOnlyList<string> Removed, IReadOnlyList<KeyValuePair<string, T>> Changed)
    where T : class
{
    /// <summary>Changes <paramref name="table"/>, a table the state file was just read into, to the one these changes were taken to.</summary>
    public void ApplyTo(IReadOnlyDictionary<string, T> table)
    {
        var entries = table as Dictionary<string, T> ?? throw new InvalidOperationException("only a table read from the state file is changed in place");
        foreach (var name in Removed) entries.Remove(name);
        foreach (var (name, entry) in Changed) entries[name] = entry;
    }
}

/// <summary>Compares two versions of a table of the state.</summary>
internal static class TableChanges
{
    /// <summary>
    /// The changes from <paramref name="before"/> to <paramref name="after"/> in ordinal order of names; an entry is
    /// unchanged when it is the same object or <paramref name="same"/> says it would be written the same.
    /// </summary>
    public static TableChanges<T> Between<T>(IReadOnlyDictionary<string, T> before, IReadOnlyDictionary<string, T> after, Func<T, T, bool> same)
        where T : class
    {
        var changed = new List<KeyValuePair<string, T>>();
        foreach (var entry in after)
        {
            if (!before.TryGetValue(entry.Key, out var was) || !(ReferenceEquals(was, entry.Value) || same(was, entry.Value))) changed.Add(entry);
        }

        var removed = new List<string>();
        foreach (var name in before.Keys)
        {
            if (!after.ContainsKey(name)) removed.Add(name);
        }

        changed.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        removed.Sort(string.CompareOrdinal);
        return new TableChanges<T>(removed, changed);
    }
}

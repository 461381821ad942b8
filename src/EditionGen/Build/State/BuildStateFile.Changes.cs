namespace EditionGen.Build.State;

/// <summary>The changes of one build to the state, as a record of the journal holds them (see <see cref="StateChanges"/>).</summary>
public static partial class BuildStateFile
{
    private static byte[] Changes(BuildState before, BuildState after)
    {
        var stream = new MemoryStream();
        using (var writer = new TextTable.Writer(stream)) WriteChanges(writer, StateChanges.Between(before, after));
        return stream.ToArray();
    }

    private static void WriteChanges(BinaryWriter w, StateChanges c)
    {
        w.Write(c.Inputs);
        w.Write(c.ValidationContext);
        w.Write(c.IssueCount);
        w.Write(c.ArticleCount);
        WriteTable(w, c.Content, (_, content) => WriteContent(w, content));
        WriteTable(w, c.Parses, (path, parse) => WriteParse(w, path, parse));
        WriteTable(w, c.Layouts, (_, layout) => WriteLayout(w, layout));
        WriteTable(w, c.Files, (_, file) => WriteFile(w, file));
        WriteTable(w, c.Units, (_, unit) => WriteUnit(w, unit));
        w.Write(c.Findings.Head);
        w.Write(c.Findings.Tail);
        WriteDiagnostics(w, c.Findings.Middle);
    }

    private static StateChanges ReadChanges(BinaryReader r)
    {
        var changes = new StateChanges(
            r.ReadString(),
            r.ReadString(),
            r.ReadInt32(),
            r.ReadInt32(),
            ReadTable(r, () => ReadContent(r), c => c.Path),
            ReadTable(r, () => ReadParse(r)),
            ReadTable(r, () => ReadLayout(r), l => l.Layout),
            ReadTable(r, () => ReadFile(r), f => f.Path),
            ReadTable(r, () => ReadUnit(r), u => u.Name),
            new FindingsSplice(r.ReadInt32(), r.ReadInt32(), ReadList(r, () => ReadDiagnostic(r))));
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("trailing bytes");
        return changes;
    }

    private static void WriteTable<T>(BinaryWriter w, TableChanges<T> table, Action<string, T> write)
        where T : class
    {
        WriteList(w, table.Removed, w.Write);
        w.Write(table.Changed.Count);
        foreach (var (name, entry) in table.Changed) write(name, entry);
    }

    private static TableChanges<T> ReadTable<T>(BinaryReader r, Func<T> read, Func<T, string> name)
        where T : class =>
        ReadTable(r, () =>
        {
            var entry = read();
            return (name(entry), entry);
        });

    private static TableChanges<T> ReadTable<T>(BinaryReader r, Func<(string Name, T Entry)> read)
        where T : class
    {
        var removed = ReadList(r, r.ReadString);
        var changed = ReadList(r, () =>
        {
            var (name, entry) = read();
            return new KeyValuePair<string, T>(name, entry);
        });
        return new TableChanges<T>(removed, changed);
    }
}

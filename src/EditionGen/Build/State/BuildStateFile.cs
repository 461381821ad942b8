using EditionGen.Diagnostics;

namespace EditionGen.Build.State;

/// <summary>
/// Reads and writes <see cref="BuildState"/> in a compact binary form, each text once (see <see cref="TextTable"/>), and
/// appends what a build changed to its journal (see <see cref="StateJournal"/>); a file that is not exactly one is refused.
/// </summary>
public static partial class BuildStateFile
{
    private const int Magic = 0x53424745; // "EGBS"
    private const int Format = 6;

    /// <summary>
    /// A journal is folded into the state, which is then written whole, once it would grow past this fraction of the
    /// state's length: reading it back then costs a little more than the state alone.
    /// </summary>
    private const int JournalFraction = 8;

    /// <summary>
    /// The state of the last build into <paramref name="output"/> with its journal applied, or null (with a warning when
    /// a state was there but unusable). Records of the journal that cannot be applied are left with a warning: the state
    /// is then the one of an earlier build, which is safe, as every file it names is taken only when it is as that build left it.
    /// </summary>
    public static BuildState? Load(string stateFolder, string output, DiagnosticBag diagnostics, Func<string, string> display)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(display);
        var path = Path.Combine(stateFolder, BuildState.FileName);
        if (!File.Exists(path)) return null;
        string? why;
        try
        {
            // Read whole and parsed from memory: the reader asks the stream's length at every count, which a file answers with a system call.
            var bytes = File.ReadAllBytes(path);
            using var reader = new TextTable.Reader(new MemoryStream(bytes, writable: false));
            var (state, generation) = Read(reader);
            why = state.Version != BuildState.CurrentVersion ? "it was written by another version of EditionGen"
                : state.Output != output ? $"it belongs to another output folder ({state.Output})"
                : null;
            if (why is null) return Replay(stateFolder, state, new StateOrigin(generation, 0, 0, bytes.Length, WholeJournal: true), diagnostics, display);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            why = "it is damaged";
        }

        diagnostics.Warning(DiagnosticCodes.BuildStateDiscarded, SourceLocation.File(display(path)),
            $"the state of the last build was not used because {why}; every page is rendered again. Nothing needs doing: the build writes a new state.");
        return null;
    }

    /// <summary>Writes the state whole beside its old one and renames it over it, so a killed build leaves the old state or the new one.</summary>
    public static void Save(string stateFolder, BuildState state) => SaveAfter(stateFolder, state, () => { });

    /// <summary>
    /// Leaves <paramref name="state"/> for the next build once <paramref name="publish"/> has put the output in place:
    /// when <paramref name="previous"/> was read back with all its journal, and the journal stays short beside the
    /// state, by appending what changed since to the journal; otherwise by writing the state whole beside the old one
    /// while the output is put in place, renaming it over the old one and removing the journal. The new state never
    /// names an output that is not in place, and a killed build leaves the old state or the new one (or the old state
    /// and a record cut short, which the next build leaves). When publishing fails, the old state stays.
    /// </summary>
    public static void SaveAfter(string stateFolder, BuildState state, Action publish, BuildState? previous = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(publish);
        Directory.CreateDirectory(stateFolder);
        var path = Path.Combine(stateFolder, BuildState.FileName);
        var journal = Path.Combine(stateFolder, StateJournal.FileName);
        var temporary = path + ".tmp";
        var origin = previous?.Origin is { WholeJournal: true } o && LengthOf(journal) == o.JournalLength ? o : null;
        var writing = Task.Run(() =>
        {
            if (origin is not null)
            {
                var record = StateJournal.Record(origin.Generation, origin.Records + 1, Changes(previous!, state));
                if (origin.JournalLength + record.Length <= origin.StateLength / JournalFraction) return record;
            }

            using var writer = new TextTable.Writer(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20));
            Write(writer, state, Guid.NewGuid());
            return null;
        });
        try
        {
            publish();
        }
        catch
        {
            // The output was not put in place: the new state is not kept.
            try
            {
                writing.Wait();
            }
            catch (AggregateException)
            {
                // Writing it failed too; nothing was renamed or appended either way.
            }

            File.Delete(temporary);
            throw;
        }

        if (writing.GetAwaiter().GetResult() is { } changes)
        {
            using var stream = new FileStream(journal, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            stream.Position = origin!.JournalLength;
            stream.Write(changes);
            return;
        }

        File.Move(temporary, path, overwrite: true);
        // A build killed here leaves records of the old state, which name its generation and so are never applied to the new one.
        File.Delete(journal);
    }

    /// <summary>Forgets the last build's state, so that the next build renders everything.</summary>
    public static void Delete(string stateFolder)
    {
        File.Delete(Path.Combine(stateFolder, BuildState.FileName));
        File.Delete(Path.Combine(stateFolder, StateJournal.FileName));
    }

    /// <summary><paramref name="state"/> with the records of its journal applied, up to the first that cannot be (see <see cref="StateJournal"/>).</summary>
    private static BuildState Replay(string stateFolder, BuildState state, StateOrigin origin, DiagnosticBag diagnostics, Func<string, string> display)
    {
        var path = Path.Combine(stateFolder, StateJournal.FileName);
        if (!File.Exists(path)) return state with { Origin = origin };
        var journal = File.ReadAllBytes(path);
        var reading = StateJournal.Read(journal, origin.Generation);
        var left = reading.Left;
        var applied = 0;
        long length = 0;
        foreach (var record in reading.Records)
        {
            try
            {
                using var reader = new TextTable.Reader(record.Open());
                state = ReadChanges(reader).ApplyTo(state);
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                left = "a record of it is damaged";
                break;
            }

            applied++;
            length = record.End;
        }

        if (left is not null)
        {
            diagnostics.Warning(DiagnosticCodes.BuildStateDiscarded, SourceLocation.File(display(path)),
                $"the last {journal.Length - length} bytes of the journal of the last builds' state were not used because {left}; "
                + "pages whose files the last build wrote are rendered again. Nothing needs doing: the build writes the state whole.");
        }

        return state with { Origin = origin with { Records = applied, JournalLength = length, WholeJournal = left is null } };
    }

    private static bool IsDamage(Exception exception) =>
        exception is IOException or EndOfStreamException or InvalidDataException or FormatException or ArgumentException or UnauthorizedAccessException or OverflowException;

    private static long LengthOf(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static void Write(BinaryWriter w, BuildState s, Guid generation)
    {
        w.Write(Magic);
        w.Write(Format);
        w.Write(generation.ToByteArray());
        w.Write(s.Version);
        w.Write(s.Output);
        w.Write(s.Inputs);
        w.Write(s.ValidationContext);
        w.Write(s.IssueCount);
        w.Write(s.ArticleCount);
        w.Write(s.Content.Count);
        foreach (var c in Sorted(s.Content.Values, c => c.Path)) WriteContent(w, c);

        WriteParses(w, s.Parses);

        w.Write(s.Layouts.Count);
        foreach (var l in Sorted(s.Layouts.Values, l => l.Layout)) WriteLayout(w, l);

        // Tens of thousands of files: sorted as an array and written in a plain loop, without a delegate per list.
        var files = Sorted(s.Files.Values, f => f.Path);
        w.Write(files.Length);
        foreach (var f in files) WriteFile(w, f);

        var units = Sorted(s.Units.Values, u => u.Name);
        w.Write(units.Length);
        foreach (var u in units) WriteUnit(w, u);

        WriteDiagnostics(w, s.Findings);
    }

    private static (BuildState State, Guid Generation) Read(BinaryReader r)
    {
        if (r.ReadInt32() != Magic || r.ReadInt32() != Format) throw new InvalidDataException("not a build state");
        var generation = new Guid(r.ReadBytes(16));
        var version = r.ReadString();
        var output = r.ReadString();
        var inputs = r.ReadString();
        var validation = r.ReadString();
        var issues = r.ReadInt32();
        var articles = r.ReadInt32();
        var contentCount = Count(r);
        var content = new Dictionary<string, ContentHash>(contentCount, StringComparer.Ordinal);
        for (var i = 0; i < contentCount; i++)
        {
            var c = ReadContent(r);
            content[c.Path] = c;
        }

        var parses = ReadParses(r);

        var layoutCount = Count(r);
        var layouts = new Dictionary<string, LayoutDependencies>(layoutCount, StringComparer.Ordinal);
        for (var i = 0; i < layoutCount; i++)
        {
            var layout = ReadLayout(r);
            layouts[layout.Layout] = layout;
        }

        var fileCount = Count(r);
        var files = new Dictionary<string, OutputEntry>(fileCount, StringComparer.Ordinal);
        for (var i = 0; i < fileCount; i++)
        {
            var file = ReadFile(r);
            files[file.Path] = file;
        }

        var unitCount = Count(r);
        var units = new Dictionary<string, UnitEntry>(unitCount, StringComparer.Ordinal);
        for (var i = 0; i < unitCount; i++)
        {
            var unit = ReadUnit(r);
            units[unit.Name] = unit;
        }

        var findings = ReadList(r, () => ReadDiagnostic(r));
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("trailing bytes");
        return (new BuildState(version, output, inputs, validation, content, parses, layouts, files, units, findings, issues, articles), generation);
    }

    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length) throw new InvalidDataException("bad count");
        return count;
    }

    private static void WriteDiagnostic(BinaryWriter w, Diagnostic d)
    {
        w.Write(d.Code);
        w.Write((byte)d.Severity);
        WriteLocation(w, d.Location);
        w.Write(d.Message);
    }

    private static void WriteDiagnostics(BinaryWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.Write(diagnostics.Count);
        foreach (var d in diagnostics) WriteDiagnostic(w, d);
    }

    /// <summary>The items in ordinal order of their names (which are unique).</summary>
    private static T[] Sorted<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var array = items.ToArray();
        var names = Array.ConvertAll(array, item => name(item));
        Array.Sort(names, array, StringComparer.Ordinal);
        return array;
    }

    private static Diagnostic ReadDiagnostic(BinaryReader r)
    {
        var code = r.ReadString();
        var severity = (DiagnosticSeverity)r.ReadByte();
        if (!Enum.IsDefined(severity)) throw new InvalidDataException("bad severity");
        return new Diagnostic(code, severity, ReadLocation(r), r.ReadString());
    }

    private static void WriteLocation(BinaryWriter w, SourceLocation l)
    {
        w.Write(l.Path);
        w.Write(l.Line);
        w.Write(l.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader r) => new(r.ReadString(), r.ReadInt32(), r.ReadInt32());

    private static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? ReadNullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList<T>(BinaryWriter w, IReadOnlyCollection<T> items, Action<T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(item);
    }

    /// <summary>The items read; an empty list is one shared empty array (most of the state's lists are empty).</summary>
    private static IReadOnlyList<T> ReadList<T>(BinaryReader r, Func<T> read)
    {
        var count = Count(r);
        if (count == 0) return [];
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read());
        return items;
    }
}

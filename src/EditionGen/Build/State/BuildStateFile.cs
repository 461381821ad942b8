using System.Text;
using EditionGen.Diagnostics;
using EditionGen.Render;
using EditionGen.Validate;

namespace EditionGen.Build.State;

/// <summary>Reads and writes <see cref="BuildState"/> in a compact binary form, each text once (see <see cref="TextTable"/>); a file that is not exactly one is refused.</summary>
public static partial class BuildStateFile
{
    private const int Magic = 0x53424745; // "EGBS"
    private const int Format = 5;

    /// <summary>The state of the last build into <paramref name="output"/>, or null (with a warning when a state was there but unusable).</summary>
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
            using var reader = new TextTable.Reader(new MemoryStream(File.ReadAllBytes(path), writable: false));
            var state = Read(reader);
            why = state.Version != BuildState.CurrentVersion ? "it was written by another version of EditionGen"
                : state.Output != output ? $"it belongs to another output folder ({state.Output})"
                : null;
            if (why is null) return state;
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or InvalidDataException or FormatException or ArgumentException or UnauthorizedAccessException or OverflowException)
        {
            why = "it is damaged";
        }

        diagnostics.Warning(DiagnosticCodes.BuildStateDiscarded, SourceLocation.File(display(path)),
            $"the state of the last build was not used because {why}; every page is rendered again. Nothing needs doing: the build writes a new state.");
        return null;
    }

    /// <summary>Writes the state beside its old one and renames it over it, so a killed build leaves the old state or the new one.</summary>
    public static void Save(string stateFolder, BuildState state) => SaveAfter(stateFolder, state, () => { });

    /// <summary>
    /// Writes the state beside its old one while <paramref name="publish"/> puts the output in place, and renames it
    /// over the old one only once <paramref name="publish"/> has returned: the new state never names an output that
    /// is not in place, and a killed build leaves the old state or the new one. When publishing fails, the old state stays.
    /// </summary>
    public static void SaveAfter(string stateFolder, BuildState state, Action publish)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(publish);
        Directory.CreateDirectory(stateFolder);
        var path = Path.Combine(stateFolder, BuildState.FileName);
        var temporary = path + ".tmp";
        var writing = Task.Run(() =>
        {
            using var writer = new TextTable.Writer(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20));
            Write(writer, state);
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
                // Writing it failed too; nothing was renamed either way.
            }

            File.Delete(temporary);
            throw;
        }

        writing.GetAwaiter().GetResult();
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Forgets the last build's state, so that the next build renders everything.</summary>
    public static void Delete(string stateFolder) => File.Delete(Path.Combine(stateFolder, BuildState.FileName));

    private static void Write(BinaryWriter w, BuildState s)
    {
        w.Write(Magic);
        w.Write(Format);
        w.Write(s.Version);
        w.Write(s.Output);
        w.Write(s.Inputs);
        w.Write(s.ValidationContext);
        w.Write(s.IssueCount);
        w.Write(s.ArticleCount);
        w.Write(s.Content.Count);
        foreach (var c in Sorted(s.Content.Values, c => c.Path))
        {
            w.Write(c.Path);
            w.Write(c.Hash);
        }

        WriteParses(w, s.Parses);

        w.Write(s.Layouts.Count);
        foreach (var l in s.Layouts.Values.OrderBy(l => l.Layout, StringComparer.Ordinal))
        {
            w.Write(l.Layout);
            w.Write(l.Hash);
            WriteList(w, l.Templates, t => w.Write(t));
        }

        // Tens of thousands of files: sorted as an array and written in plain loops, without a delegate per list.
        var files = Sorted(s.Files.Values, f => f.Path);
        w.Write(files.Length);
        foreach (var f in files)
        {
            w.Write(f.Path);
            WriteNullable(w, f.Key);
            w.Write(f.BytesHash);
            w.Write(f.Length);
            w.Write(f.WrittenTicks);
            WriteDiagnostics(w, f.Check.Diagnostics);
            var anchors = f.Check.Anchors.ToArray();
            Array.Sort(anchors, string.CompareOrdinal);
            w.Write(anchors.Length);
            foreach (var anchor in anchors) w.Write(anchor);
            w.Write(f.Check.FragmentLinks.Count);
            foreach (var link in f.Check.FragmentLinks)
            {
                WriteLocation(w, link.Location);
                w.Write(link.Href);
                w.Write(link.TargetPath);
                w.Write(link.Fragment);
                WriteNullable(w, link.Origin);
            }
        }

        var units = Sorted(s.Units.Values, u => u.Name);
        w.Write(units.Length);
        foreach (var u in units)
        {
            w.Write(u.Name);
            w.Write(u.Key);
            w.Write(u.Files.Count);
            foreach (var file in u.Files)
            {
                w.Write(file.Path);
                WriteNullable(w, file.Layout);
            }
        }

        WriteDiagnostics(w, s.Findings);
    }

    private static BuildState Read(BinaryReader r)
    {
        if (r.ReadInt32() != Magic || r.ReadInt32() != Format) throw new InvalidDataException("not a build state");
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
            var c = new ContentHash(r.ReadString(), r.ReadString());
            content[c.Path] = c;
        }

        var parses = ReadParses(r);

        var layoutCount = Count(r);
        var layouts = new Dictionary<string, LayoutDependencies>(layoutCount, StringComparer.Ordinal);
        for (var i = 0; i < layoutCount; i++)
        {
            var layout = r.ReadString();
            var hash = r.ReadString();
            layouts[layout] = new LayoutDependencies(layout, ReadList(r, r.ReadString), hash);
        }

        var fileCount = Count(r);
        var files = new Dictionary<string, OutputEntry>(fileCount, StringComparer.Ordinal);
        for (var i = 0; i < fileCount; i++)
        {
            var path = r.ReadString();
            var key = ReadNullable(r);
            var bytes = r.ReadString();
            var length = r.ReadInt64();
            var ticks = r.ReadInt64();
            var diagnostics = ReadList(r, () => ReadDiagnostic(r));
            var anchors = ReadList(r, r.ReadString);
            var check = new PageCheck(
                diagnostics,
                anchors.Count == 0 ? PageCheck.Empty.Anchors : anchors.ToHashSet(StringComparer.Ordinal),
                ReadList(r, () => new FragmentLink(ReadLocation(r), r.ReadString(), r.ReadString(), r.ReadString(), ReadNullable(r))));
            if (check.Diagnostics.Count == 0 && check.Anchors.Count == 0 && check.FragmentLinks.Count == 0) check = PageCheck.Empty;
            files[path] = new OutputEntry(path, key, bytes, length, ticks, check);
        }

        var unitCount = Count(r);
        var units = new Dictionary<string, UnitEntry>(unitCount, StringComparer.Ordinal);
        for (var i = 0; i < unitCount; i++)
        {
            var name = r.ReadString();
            units[name] = new UnitEntry(name, r.ReadString(), ReadList(r, () => new UnitFile(r.ReadString(), ReadNullable(r))));
        }

        var findings = ReadList(r, () => ReadDiagnostic(r));
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("trailing bytes");
        return new BuildState(version, output, inputs, validation, content, parses, layouts, files, units, findings, issues, articles);
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

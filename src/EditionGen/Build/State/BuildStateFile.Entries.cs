using EditionGen.Render;
using EditionGen.Validate;

namespace EditionGen.Build.State;

/// <summary>One entry of each table of the state, as the state file and the records of its journal hold it.</summary>
public static partial class BuildStateFile
{
    private static void WriteContent(BinaryWriter w, ContentHash c)
    {
        w.Write(c.Path);
        w.Write(c.Hash);
    }

    private static ContentHash ReadContent(BinaryReader r) => new(r.ReadString(), r.ReadString());

    private static void WriteLayout(BinaryWriter w, LayoutDependencies l)
    {
        w.Write(l.Layout);
        w.Write(l.Hash);
        WriteList(w, l.Templates, t => w.Write(t));
    }

    private static LayoutDependencies ReadLayout(BinaryReader r)
    {
        var layout = r.ReadString();
        var hash = r.ReadString();
        return new LayoutDependencies(layout, ReadList(r, r.ReadString), hash);
    }

    private static void WriteFile(BinaryWriter w, OutputEntry f)
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

    private static OutputEntry ReadFile(BinaryReader r)
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
        return new OutputEntry(path, key, bytes, length, ticks, check);
    }

    private static void WriteUnit(BinaryWriter w, UnitEntry u)
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

    private static UnitEntry ReadUnit(BinaryReader r)
    {
        var name = r.ReadString();
        return new UnitEntry(name, r.ReadString(), ReadList(r, () => new UnitFile(r.ReadString(), ReadNullable(r))));
    }
}

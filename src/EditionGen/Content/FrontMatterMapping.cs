using System.Globalization;
using EditionGen.Diagnostics;
using EditionGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditionGen.Content;

/// <summary>
/// Reads typed values out of a front matter mapping, reporting each bad value at its place in
/// the file. Tolerant of hand edits: a missing optional key is null, an unknown key a warning.
/// </summary>
internal sealed class FrontMatterMapping
{
    private readonly Dictionary<string, YamlNode> _entries = new(StringComparer.Ordinal);
    private readonly List<(string Key, Mark Start)> _keys = [];
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    private FrontMatterMapping(string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Whether a value was wrong; the file should then be skipped.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Parses a front matter section; null (and an EG0201 error) when it is not a YAML mapping.</summary>
    public static FrontMatterMapping? Parse(FrontMatterSection section, string path, DiagnosticBag diagnostics)
    {
        var mapping = new FrontMatterMapping(path, section.LineOffset, diagnostics);
        YamlNode? root;
        var scanner = new Scanner(new StringReader(section.Yaml));
        var parser = new Parser(scanner);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (Exception e) when (BadInput.IsFrom(e))
        {
            // YamlDotNet throws more than its documented YamlException on broken input (an unclosed [ throws
            // InvalidOperationException from its scanner); where it stopped reading is the place to look at.
            var reason = e is YamlException ? (e.InnerException?.Message ?? e.Message).Trim() : "a bracket, brace or quote is left open";
            var at = e is YamlException yaml ? yaml.Start : parser.Current?.Start ?? scanner.CurrentPosition;
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, mapping.At(at),
                $"the front matter is not valid YAML ({reason}); the file was skipped. Fix the line, or quote the value in double quotes.");
            return null;
        }

        if (root is null or YamlScalarNode { Value: null or "" }) return mapping;
        if (root is not YamlMappingNode entries)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, mapping.At(root.Start),
                "the front matter must be key: value lines, such as title: \"…\"; the file was skipped.");
            return null;
        }
        foreach (var (key, value) in entries.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            mapping._keys.Add((name, key.Start));
            mapping._entries[name] = value;
        }
        return mapping;
    }

    /// <summary>Warns about every key that is not in <paramref name="known"/>; such keys are ignored.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string kind)
    {
        foreach (var (key, start) in _keys.Where(k => !known.Contains(k.Key)))
        {
            _diagnostics.Warning(DiagnosticCodes.FrontMatterKeyUnknown, At(start),
                $"the front matter key '{key}' is not known and was ignored; {kind} keys are {string.Join(", ", known)}.");
        }
    }

    /// <summary>Where a key is written, or the file's first line when it is absent.</summary>
    public SourceLocation KeyLocation(string key)
    {
        foreach (var (name, start) in _keys)
        {
            if (name == key) return At(start);
        }
        return new SourceLocation(_path, 1, 1);
    }

    public string? Text(string key) => _entries.TryGetValue(key, out var node) ? Text(key, node) : null;

    public int? Number(string key) => _entries.TryGetValue(key, out var node) ? Number(key, node) : null;

    public DateOnly? Date(string key)
    {
        if (!_entries.TryGetValue(key, out var node) || Text(key, node) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        // A time without an offset is a time of the edition's own time zone, so its day is the issue's day as written.
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return DateOnly.FromDateTime(time);
        }

        return Invalid<DateOnly?>(key, node, "a date written as YYYY-MM-DD, such as 2023-05-30 (a time after it may not carry an offset: it is read in the edition's time zone)");
    }

    public IReadOnlyList<string> TextList(string key) => TextList(key, _entries.GetValueOrDefault(key));

    private IReadOnlyList<string> TextList(string key, YamlNode? node)
    {
        if (node is null || IsNull(node)) return [];
        if (node is YamlScalarNode) return Text(key, node) is { } single ? [single] : [];
        if (node is not YamlSequenceNode sequence) return Invalid<IReadOnlyList<string>>(key, node, "a list of texts, one \"- …\" line each") ?? [];
        return sequence.Children.Select(item => Text(key, item)).OfType<string>().ToList();
    }

    public Contacts Contacts(string key)
    {
        if (!_entries.TryGetValue(key, out var node) || IsNull(node)) return new Contacts();
        if (node is not YamlMappingNode entries) return Invalid<Contacts>(key, node, "a mapping with email and hotline") ?? new Contacts();
        var values = Entries(key, entries, ["email", "hotline"]);
        return new Contacts(Text("email", values.GetValueOrDefault("email")), Text("hotline", values.GetValueOrDefault("hotline")));
    }

    /// <summary>The pages of an issue; <c>running_heads</c> may be absent, as in files written before pages had them.</summary>
    public IReadOnlyList<PageInfo> Pages(string key) =>
        Records(key, "number", "name", "a page with number and name, such as \"- number: 1\"", "a page number",
            (number, name, heads) => new PageInfo(number, name) { RunningHeads = heads }, listKey: "running_heads");

    /// <summary>Seed text the parser could not place, kept in the issue so that nothing of the seed is lost.</summary>
    public IReadOnlyList<Residue> Residues(string key) =>
        Records(key, "line", "text", "seed text with its line, such as \"- line: 12\"", "a seed line number",
            (line, text, _) => new Residue(line, text ?? ""));

    // A list of small mappings of a number, a text and optionally a list of texts, such as pages
    // (number, name, running_heads) or residues (line, text).
    private IReadOnlyList<T> Records<T>(string key, string numberKey, string textKey, string expectedItem, string expectedNumber,
        Func<int, string?, IReadOnlyList<string>, T> create, string? listKey = null)
    {
        if (!_entries.TryGetValue(key, out var node) || IsNull(node)) return [];
        if (node is not YamlSequenceNode sequence) return Invalid<IReadOnlyList<T>>(key, node, $"a list, each item {expectedItem}") ?? [];
        if (sequence.Children.Count == 0) return [];
        var records = new List<T>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entries)
            {
                Invalid<object>(key, item, expectedItem);
                continue;
            }
            var values = Entries(key, entries, listKey is null ? [numberKey, textKey] : [numberKey, textKey, listKey]);
            var list = listKey is null ? [] : TextList(listKey, values.GetValueOrDefault(listKey));
            if (Number(numberKey, values.GetValueOrDefault(numberKey)) is { } number)
                records.Add(create(number, Text(textKey, values.GetValueOrDefault(textKey)), list));
            else Invalid<object>(numberKey, item, expectedNumber);
        }
        return records;
    }

    public LineRange LineRange(string key)
    {
        if (!_entries.TryGetValue(key, out var node) || IsNull(node)) return default;
        if (node is YamlMappingNode entries)
        {
            var values = Entries(key, entries, ["first", "last"]);
            return new LineRange(Number("first", values.GetValueOrDefault("first")) ?? 0, Number("last", values.GetValueOrDefault("last")) ?? 0);
        }
        Invalid<object>(key, node, "the first and last seed line, such as {first: 14, last: 40}");
        return default;
    }

    /// <summary>A location at a 1-based YAML mark, moved to the file's lines.</summary>
    public SourceLocation At(Mark mark) =>
        new(_path, (int)mark.Line + _lineOffset, (int)Math.Max(mark.Column, 1));

    private Dictionary<string, YamlNode> Entries(string key, YamlMappingNode node, string[] known)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Children)
        {
            var text = (name as YamlScalarNode)?.Value ?? "";
            if (known.Contains(text)) values[text] = value;
            else _diagnostics.Warning(DiagnosticCodes.FrontMatterKeyUnknown, At(name.Start),
                $"the key '{text}' under {key} is not known and was ignored; it takes {string.Join(" and ", known)}.");
        }
        return values;
    }

    private string? Text(string key, YamlNode? node) => node switch
    {
        null => null,
        _ when IsNull(node) => null,
        YamlScalarNode scalar => scalar.Value,
        _ => Invalid<string>(key, node, "a text; put it in double quotes"),
    };

    private int? Number(string key, YamlNode? node)
    {
        if (node is null || Text(key, node) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
        return Invalid<int?>(key, node, "a whole number, such as 3");
    }

    /// <summary>YAML null: an empty or <c>null</c>/<c>~</c> plain scalar. A quoted "null" is the text null.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private T? Invalid<T>(string key, YamlNode node, string expected)
    {
        HasErrors = true;
        _diagnostics.Error(DiagnosticCodes.FrontMatterValueInvalid, At(node.Start),
            $"{key} must be {expected}; the file was skipped.");
        return default;
    }
}

using System.Text;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// Writes a YAML front matter block line by line in the order the keys are added, so the
/// bytes depend on the data only. Nested values use two-space block style.
/// </summary>
internal sealed class FrontMatterBuilder
{
    private readonly StringBuilder _text = new("---\n");

    public FrontMatterBuilder Text(string key, string? value) => Line(key, YamlScalar.Quote(value));

    public FrontMatterBuilder Number(string key, int? value) => Line(key, YamlScalar.Number(value));

    public FrontMatterBuilder Date(string key, DateOnly? value) => Line(key, YamlScalar.Date(value));

    public FrontMatterBuilder TextList(string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return Line(key, "[]");
        _text.Append(key).Append(":\n");
        foreach (var value in values) _text.Append("  - ").Append(YamlScalar.Quote(value)).Append('\n');
        return this;
    }

    /// <summary>A list of texts, or nothing at all when there is none.</summary>
    public FrontMatterBuilder TextListIfAny(string key, IReadOnlyList<string> values) =>
        values.Count == 0 ? this : TextList(key, values);

    /// <summary>A nested mapping of already formatted scalars, one line each.</summary>
    public FrontMatterBuilder Mapping(string key, params (string Key, string Value)[] entries)
    {
        _text.Append(key).Append(":\n");
        foreach (var (name, value) in entries) _text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        return this;
    }

    /// <summary>A sequence of mappings of already formatted values; an entry whose value is null is left out.</summary>
    public FrontMatterBuilder MappingList(string key, IEnumerable<(string Key, string? Value)[]> items)
    {
        var any = false;
        foreach (var entries in items)
        {
            if (!any) _text.Append(key).Append(":\n");
            any = true;
            var first = true;
            foreach (var (name, value) in entries)
            {
                if (value is null) continue;
                _text.Append(first ? "  - " : "    ").Append(name).Append(": ").Append(value).Append('\n');
                first = false;
            }
        }
        return any ? this : Line(key, "[]");
    }

    /// <summary>A one-line flow mapping of already formatted scalars, such as <c>{first: 3, last: 9}</c>.</summary>
    public FrontMatterBuilder FlowMapping(string key, params (string Key, string Value)[] entries) =>
        Line(key, "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {e.Value}")) + "}");

    public string Close() => _text.Append("---\n").ToString();

    private FrontMatterBuilder Line(string key, string value)
    {
        _text.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }
}

using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>The warnings of one parse, kept in seed order.</summary>
internal sealed class WarningList
{
    private readonly List<ParseWarning> _items = [];

    public void Add(int line, string code, string message) => _items.Add(new ParseWarning(line, code, message));

    public IReadOnlyList<ParseWarning> Sorted() =>
        _items.OrderBy(w => w.Line).ThenBy(w => w.Code, StringComparer.Ordinal).ThenBy(w => w.Message, StringComparer.Ordinal).ToList();
}

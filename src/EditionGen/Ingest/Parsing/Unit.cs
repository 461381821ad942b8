using System.Text;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// A piece of seed text the parser reasons about: a line or a paragraph of lines, with the seed lines
/// of its pieces so that warnings can point at the right line after pieces were joined.
/// </summary>
internal sealed class Unit
{
    public required UnitKind Kind { get; set; }

    /// <summary>The seed lines this unit was made of, in order, with their trimmed text.</summary>
    public required List<(int Line, string Text)> Pieces { get; init; }

    /// <summary>Whether one or more blank lines came before this unit.</summary>
    public bool BlankBefore { get; init; }

    public bool Indented { get; init; }

    public PageMarker? Marker { get; init; }

    /// <summary>The item lines of a list; <see cref="Text"/> is then its lead-in line.</summary>
    public List<(int Line, string Text)>? Items { get; set; }

    private readonly StringBuilder _text = new();
    private string? _cached;
    private int? _widest;

    /// <summary>The pieces joined; built once per change so that long paragraphs grow in linear time.</summary>
    public string Text
    {
        get => _cached ??= _text.ToString();
        private init
        {
            _text.Append(value);
            _cached = value;
        }
    }

    public int Length => _text.Length;

    /// <summary>The length of the longest piece: the width of the printed column for a wrapped paragraph.</summary>
    public int WidestPiece => _widest ??= Pieces.Max(p => p.Text.Length);

    public bool EndsSentence => _text.Length > 0 && TextRules.EndsSentence(_text[^1]);

    public bool EndsWithColon => _text.Length > 0 && _text[^1] is '：' or ':';

    public int First => Pieces[0].Line;

    public int Last => Items is { Count: > 0 } ? Items[^1].Line : Pieces[^1].Line;

    public static Unit Of(SeedLine line, UnitKind kind, bool blankBefore, PageMarker? marker = null) => new()
    {
        Kind = kind,
        Pieces = [(line.Number, line.Trimmed)],
        Text = line.Trimmed,
        BlankBefore = blankBefore,
        Indented = line.IsIndented,
        Marker = marker,
    };

    public void Append(int line, string text)
    {
        Pieces.Add((line, text));
        _widest = Math.Max(WidestPiece, text.Length);
        if (text.Length == 0) return;
        if (_text.Length > 0 && TextRules.NeedsSpace(_text[^1], text[0])) _text.Append(' ');
        _text.Append(text);
        _cached = null;
    }
}

using System.Text;

namespace EditionGen.Build.State;

/// <summary>
/// The state's texts, each written once: a text met again is written as its number in the order of first writing.
/// Paths, layouts, anchors and places repeat tens of thousands of times, and a text read once is one object, so
/// reading the state allocates (and the collector then moves) far fewer strings.
/// </summary>
internal static class TextTable
{
    /// <summary>Writes each text whole the first time, then as 1 + its number; a whole text is marked by 0.</summary>
    public sealed class Writer(Stream output) : BinaryWriter(output, Encoding.UTF8)
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public override void Write(string value)
        {
            if (_numbers.TryGetValue(value, out var number))
            {
                Write7BitEncodedInt(number + 1);
                return;
            }

            Write7BitEncodedInt(0);
            base.Write(value);
            _numbers[value] = _numbers.Count;
        }
    }

    /// <summary>Reads what <see cref="Writer"/> wrote; a number of no text read yet is damage.</summary>
    public sealed class Reader(Stream input) : BinaryReader(input, Encoding.UTF8)
    {
        private readonly List<string> _texts = [];

        public override string ReadString()
        {
            var number = Read7BitEncodedInt();
            if (number == 0)
            {
                var text = base.ReadString();
                _texts.Add(text);
                return text;
            }

            return number - 1 < _texts.Count ? _texts[number - 1] : throw new InvalidDataException("a text of the state refers to none read before it");
        }
    }
}

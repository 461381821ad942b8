using System.Text;

namespace EditionGen.Tests.Ingest.Parsing;

/// <summary>Makes seed-like texts from the sample with a seeded <see cref="Random"/>: shuffled, cut, squeezed, noisy.</summary>
internal sealed partial class SeedMutator(int seed)
{
    private static readonly string[] Noise =
    [
        "The quick brown fox jumps over the lazy dog.", "OCR: l0rem ipsum d0lor", "第3版：要闻", "=== 第2版 ===",
        "（上接第一版）", "（下转第四版）", "□本报记者/张三 李四", "通讯员 王五 摄", "——副题", "增设……", "本报讯(记者 赵六)",
        "新华社北京6月1日电", "阿勒泰市热线电话：", "0906-1234567", "　　缩进的段落，开头有全角空格。", "：", "（", "）", "——", "……",
        "2023年13月40日", "总第期", "今日版", "E-mail:", "a", "", " ", "\t", "\u3000\u3000",
    ];

    private const string Punctuation = "，。：；！？（）()“”——……□ \n\u3000";
    private const string Words = "第一二三四五六七八九十版期年月日转接摄记者";

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var blocks = text.Split("\n\n").ToList();
        var operations = _random.Next(1, 6);
        for (var i = 0; i < operations; i++)
        {
            switch (_random.Next(8))
            {
                case 0:
                    Shuffle(blocks);
                    break;
                case 1:
                    Cut(blocks);
                    break;
                case 2:
                    blocks = string.Join("\n", blocks).Split('\n').ToList();
                    break;
                case 3:
                    blocks.Insert(_random.Next(blocks.Count + 1), Noise[_random.Next(Noise.Length)]);
                    break;
                case 4:
                    blocks = blocks.Select(b => b.Length > 40 ? "\u3000\u3000" + b : b).ToList();
                    break;
                case 5:
                    if (blocks.Count > 1) blocks.RemoveAt(_random.Next(blocks.Count));
                    break;
                case 6:
                    blocks.Insert(_random.Next(blocks.Count + 1), RandomText());
                    break;
                default:
                    blocks = blocks.Select(b => _random.Next(10) == 0 ? b.Replace('，', ',') : b).ToList();
                    break;
            }
        }

        return string.Join(_random.Next(4) == 0 ? "\n" : "\n\n", blocks);
    }

    public string RandomText()
    {
        var builder = new StringBuilder();
        var length = _random.Next(0, 200);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(6) switch
            {
                0 => (char)_random.Next(0x4E00, 0x9FFF),
                1 => Punctuation[_random.Next(Punctuation.Length)],
                2 => (char)_random.Next(0x20, 0x7F),
                3 => '\n',
                4 => Words[_random.Next(Words.Length)],
                _ => (char)_random.Next(0xA0, 0xFFFF) is var c && !char.IsSurrogate(c) ? c : 'x',
            });
        }

        return builder.ToString();
    }

    public byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 400)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private void Shuffle(List<string> blocks)
    {
        for (var i = blocks.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (blocks[i], blocks[j]) = (blocks[j], blocks[i]);
        }
    }

    private void Cut(List<string> blocks)
    {
        var index = _random.Next(blocks.Count);
        var block = blocks[index];
        if (block.Length < 2) return;
        var at = _random.Next(1, block.Length);
        if (char.IsLowSurrogate(block[at])) return;
        blocks[index] = block[..at];
        blocks.Insert(index + 1, block[at..]);
    }
}

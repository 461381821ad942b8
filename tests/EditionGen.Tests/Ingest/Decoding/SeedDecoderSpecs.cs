using System.Text;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Json;
using EditionGen.Ingest.Parsing;
using EditionGen.Tests.Ingest.Parsing;

namespace EditionGen.Tests.Ingest.Decoding;

public class SeedDecoderSpecs
{
    private static readonly byte[] Original = File.ReadAllBytes(SampleSeed.Path_);

    private static string ParsedJson(byte[] bytes) =>
        IssueJson.Serialize(IssueParser.Parse(SeedDecoder.Decode(bytes, SampleSeed.Name), SampleSeed.Name));

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    public static TheoryData<string> Encodings => ["gb18030", "utf-16le", "utf-16be", "utf-8-bom", "crlf", "cr"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_of_the_sample_parses_to_the_same_json(string encoding)
    {
        var text = Encoding.UTF8.GetString(Original);
        var bytes = encoding switch
        {
            "gb18030" => Gb18030().GetBytes(text),
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Original],
            "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            _ => Encoding.UTF8.GetBytes(text.Replace('\n', '\r')),
        };

        Assert.Equal(ParsedJson(Original), ParsedJson(bytes));
    }

    [Fact]
    public void A_gbk_seed_is_not_mistaken_for_utf8()
    {
        var bytes = Gb18030().GetBytes("2023年5月30日\n标题\n");

        Assert.Equal("2023年5月30日\n标题\n", SeedDecoder.Decode(bytes, "gbk.txt"));
    }

    [Fact]
    public void A_seed_with_nul_bytes_is_refused_with_its_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("第一行\n第二\0行\n");

        var error = Assert.Throws<InputException>(() => SeedDecoder.Decode(bytes, "seeds/bad.txt"));

        Assert.Equal(DiagnosticCodes.SeedNotDecodable, error.Diagnostic.Code);
        Assert.Equal(new SourceLocation("seeds/bad.txt", 2, 3), error.Diagnostic.Location);
        Assert.Contains("save it as UTF-8", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_no_known_encoding_are_refused_naming_the_file()
    {
        // 0xFF can start neither a UTF-8 nor a GB18030 character.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("正文\n"), 0xFF, 0xFF];

        var error = Assert.Throws<InputException>(() => SeedDecoder.Decode(bytes, "seeds/odd.txt"));

        Assert.Equal(DiagnosticCodes.SeedNotDecodable, error.Diagnostic.Code);
        Assert.StartsWith("seeds/odd.txt(2,1): error EG0102", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_followed_by_other_bytes_is_refused()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xC4, 0xE3];

        var error = Assert.Throws<InputException>(() => SeedDecoder.Decode(bytes, "seeds/bom.txt"));

        Assert.Equal(DiagnosticCodes.SeedNotDecodable, error.Diagnostic.Code);
    }

    [Fact]
    public void A_missing_seed_file_is_reported_as_unreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"editiongen-missing-{Guid.NewGuid():N}.txt");

        var error = Assert.Throws<InputException>(() => SeedDecoder.Read(path));

        Assert.Equal(DiagnosticCodes.SeedUnreadable, error.Diagnostic.Code);
        Assert.Equal(path, error.Diagnostic.Location.Path);
    }
}

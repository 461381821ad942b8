namespace EditionGen.Diagnostics;

/// <summary>
/// Every diagnostic code in one place. The hundreds say the stage:
/// EG00xx configuration and usage, EG01xx ingest, EG02xx content, EG03xx render,
/// EG04xx validate, EG05xx publish.
/// </summary>
public static class DiagnosticCodes
{
    public const string ConfigurationInvalid = "EG0001";
    public const string RootNotFound = "EG0002";

    public const string SeedUnreadable = "EG0101";
    public const string SeedNotDecodable = "EG0102";
    public const string SeedHasNoDate = "EG0103";
    public const string ContentHandEdited = "EG0110";

    public const string FrontMatterInvalid = "EG0201";
    public const string ContentDuplicate = "EG0202";

    public const string TemplateParse = "EG0301";
    public const string TemplateRuntime = "EG0302";
    public const string TemplateMissing = "EG0303";
    public const string TemplateOutsideRoot = "EG0304";
    public const string OutputPathDuplicate = "EG0305";
    public const string IssueWithoutDate = "EG0306";
    public const string StringsInvalid = "EG0307";

    public const string HtmlParse = "EG0401";
    public const string LinkBroken = "EG0402";
    public const string AnchorBroken = "EG0403";
    public const string IdDuplicate = "EG0404";

    public const string OutputWrite = "EG0501";
    public const string OutputOutsideRoot = "EG0502";
}

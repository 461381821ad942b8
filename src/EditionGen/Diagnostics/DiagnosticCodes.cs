namespace EditionGen.Diagnostics;

/// <summary>
/// Every diagnostic code in one place. The hundreds say the stage:
/// EG00xx configuration and usage, EG01xx ingest, EG02xx content, EG03xx render,
/// EG04xx validate, EG05xx publish.
/// </summary>
public static class DiagnosticCodes
{
    public const string ConfigurationInvalid = "EG0001";
    public const string ConfigurationValueInvalid = "EG0002";
    public const string UrlPatternInvalid = "EG0003";
    public const string UrlPatternsCollide = "EG0004";

    public const string SeedUnreadable = "EG0101";
    public const string SeedNotDecodable = "EG0102";
    public const string SeedHasNoDate = "EG0103";
    public const string SeedDuplicateDate = "EG0104";
    public const string ContentHandEdited = "EG0110";
    public const string ContentStaleHandEdited = "EG0111";
    public const string ArticlePlaceDuplicate = "EG0112";
    public const string ContentWriteFailed = "EG0113";

    // Parser warnings: judgements about a seed that a person might want to check.
    public const string OrphanHeadlineAttached = "EG0120";
    public const string CutJoinUncertain = "EG0121";
    public const string LatinWordInChineseText = "EG0122";
    public const string PageCountDiffers = "EG0123";
    public const string TextUnassigned = "EG0124";
    public const string ArticleWithoutTitle = "EG0125";
    public const string HeadlineWithoutBody = "EG0126";
    public const string HeadlineRolesUncertain = "EG0127";
    public const string MastheadWithoutDate = "EG0128";
    public const string ArticleBoundaryUncertain = "EG0129";

    public const string FrontMatterInvalid = "EG0201";
    public const string ContentDuplicate = "EG0202";
    public const string FrontMatterValueInvalid = "EG0203";
    public const string FrontMatterKeyMissing = "EG0204";
    public const string FrontMatterKeyUnknown = "EG0205";
    public const string IssueFolderMismatch = "EG0206";
    public const string ContentOutsideIssue = "EG0207";
    public const string ContentUnreadable = "EG0208";

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
    public const string AssetMissing = "EG0405";
    public const string LinkOutsideBase = "EG0406";
    public const string TitleMissing = "EG0407";
    public const string LanguageMissing = "EG0408";
    public const string CharsetMissing = "EG0409";
    public const string FeedEntryBroken = "EG0410";
    public const string FeedUnreadable = "EG0411";
    public const string SiteFolderMissing = "EG0412";
    public const string ViewportMissing = "EG0420";
    public const string ImageAltMissing = "EG0421";
    public const string LinkEmpty = "EG0422";
    public const string HeadingSkipped = "EG0423";

    public const string OutputWrite = "EG0501";
    public const string OutputOutsideRoot = "EG0502";
    public const string OutputDuplicate = "EG0503";
    public const string OutputFolderProtected = "EG0510";
    public const string OutputFolderForeign = "EG0511";
    public const string BuildLocked = "EG0512";
    public const string BuildStateDiscarded = "EG0560";
    public const string ShardMissing = "EG0561";
    public const string SearchUnavailable = "EG0580";
    public const string SearchIndexFailed = "EG0581";
    public const string DeployFailed = "EG0590";
}

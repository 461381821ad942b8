using System.Text;
using EditionGen.Build;

namespace EditionGen.Tests.Build.BadInput;

/// <summary>Every row of the README's bad-input table, each with how to produce it on a copy of the built sample.</summary>
public static class BadInputRows
{
    private const string Article = "content/2023/05/30/01-02.md";
    private const string Issue = "content/2023/05/30/_index.md";
    private const string Footer = "templates/partials/footer.html";
    private const string Config = "edition.yml";
    private const string NotFound = "templates/layouts/404.html";

    private static readonly string[] None = [];

    public static IReadOnlyList<BadInputRow> All { get; } =
    [
        Seed("an empty seed", "EG0103", "the masthead has no date", _ => []),
        Seed("a blank seed (only spaces and empty lines)", "EG0103", "the masthead has no date", _ => Encoding.UTF8.GetBytes("   \n\n\u3000\n")),
        Seed("a binary seed", "EG0102", "the seed cannot be decoded", _ => [0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0xf6, 0x00]),
        Seed("bytes that are neither UTF-8, UTF-16 nor GB18030", "EG0102", "is neither UTF-8 nor GB18030", _ => [0x81, 0x30, 0xff, 0xfe, 0x80, 0xc0, 0xc1, 0xf5]),
        Seed("a seed without a date line", "EG0103", "the masthead has no date", e => Utf8(e.SeedText.Replace("2023年5月30日", "", StringComparison.Ordinal))),
        Seed("an impossible date (2023年2月30日)", "EG0103", "the masthead has no date", e => Utf8(e.SeedText.Replace("2023年5月30日", "2023年2月30日", StringComparison.Ordinal))),
        Seed("a second seed with the same date", "EG0104", "an edition has one issue a day", e => Utf8(e.SeedText)),
        Seed("a 30 MB seed on one line", "EG0103", "the masthead has no date", _ => Utf8("2023年6月4日 " + new string('字', 10_000_000))),
        new("a folder named `*.txt` in `seeds/`", "EG0101", "the seed is a folder, not a text file", 1, BadInputOutcome.GoodSeedsIngested, e =>
        {
            Directory.Delete(e.PathOf("content"), recursive: true);
            Directory.CreateDirectory(e.PathOf("seeds/folder.txt"));
            return None;
        }, "seeds/folder.txt"),
        new("a dangling symbolic link named `*.txt`", "EG0101", "the seed cannot be read", 1, BadInputOutcome.GoodSeedsIngested, e =>
        {
            Directory.Delete(e.PathOf("content"), recursive: true);
            File.CreateSymbolicLink(e.PathOf("seeds/gone.txt"), e.PathOf("seeds/no-such-file.txt"));
            return None;
        }, "seeds/gone.txt"),
        new("more pages marked than the masthead's 今日N版", "EG0123", "the masthead announces 2 page(s) but the seed marks 3", 0, BadInputOutcome.Published, e =>
        {
            e.Write("seeds/pages.txt", "2023年6月1日\n今日2版\n\n第1版：要闻\n\n一篇标题\n\n第一版的正文。\n\n第2版：综合\n\n二篇标题\n\n第二版的正文。\n\n第3版：副刊\n\n三篇标题\n\n第三版的正文。\n");
            return None;
        }),
        new("English OCR text full of noise", "—", "none: read as an article of the text there is", 0, BadInputOutcome.Published, e =>
        {
            e.Write("seeds/ocr.txt", "2023年6月2日\n今日1版\n\nThe qu1ck br0wn f0x jumps 0ver the l@zy d0g. Tlie Pe0ple's Dai1y rep0rts: 1n the m0rning, w0rkers ass3mbled.\n\n"
                + "FARMERS HARVEST RECORD CROPS | page 1 ;; '' ,, .. ~~ @@ ## lll III 000\n\nAnother paragraph w1th n0ise, c0ntinued fr0m page 2.\n");
            return None;
        }),
        new("HTML, Markdown and Scriban in seed text", "—", "none: shown as the literal text it is", 0, BadInputOutcome.Published, e =>
        {
            e.Write("seeds/literal.txt", "2023年6月3日\n今日1版\n\n标题<script>alert(1)</script>\n\n正文里有<b>HTML</b>、**粗体**、[链接](javascript:alert(1))和{{ site.title }}，都应原样显示。\n");
            return None;
        }),

        Content("front matter that is not valid YAML (`title: [unclosed`)", "EG0201", "the front matter is not valid YAML", Article, e => e.ReplaceLine(Article, "title:", "title: [unclosed")),
        Content("an article without a title", "EG0204", "the front matter has no title", Article, e => e.ReplaceLine(Article, "title:", "")),
        new("an unknown front matter key", "EG0205", "is not known and was ignored", 0, BadInputOutcome.Published, e =>
        {
            e.ReplaceLine(Article, "title:", "title: \"习近平同志《论科技自立自强》出版发行\"\nheadline: \"多余的键\"");
            return None;
        }),
        new("an issue date with a time but no offset (`2023-05-30T23:30`)", "—", "none: read in the edition's time zone, it is the day written", 0, BadInputOutcome.Published, e =>
        {
            e.ReplaceLine(Issue, "date:", "date: 2023-05-30T23:30");
            return None;
        }),
        Content("an `id` with `..`", "EG0203", "id contains '..'", Article, e => e.ReplaceLine(Article, "id:", "id: \"../../etc\"")),
        Content("an `id` with `/`", "EG0203", "id contains a '/'", Article, e => e.ReplaceLine(Article, "id:", "id: \"01/02\"")),
        Content("an `id` that is an absolute path", "EG0203", "id contains a '/'", Article, e => e.ReplaceLine(Article, "id:", "id: \"/etc/passwd\"")),
        Content("a `page` that is not a number", "EG0203", "page must be a whole number", Article, e => e.ReplaceLine(Article, "page:", "page: one")),
        Content("an `order` that is not a number", "EG0203", "order must be a whole number", Article, e => e.ReplaceLine(Article, "order:", "order: 2.5")),

        Configuration("`edition.yml` that is not valid YAML", "EG0001", "edition.yml is not valid", e => e.ReplaceLine(Config, "title:", "title: [阿勒泰报")),
        Configuration("`timezone: Mars/Olympus`", "EG0002", "is not an IANA time zone", e => e.ReplaceLine(Config, "timezone:", "timezone: Mars/Olympus")),
        Configuration("`language: \"../../etc\"`", "EG0002", "is not a BCP 47 language tag", e => e.ReplaceLine(Config, "language:", "language: \"../../etc\"")),
        Configuration("`base_url: \"javascript:alert(1)\"`", "EG0002", "is neither an http(s) address nor a path", e => e.ReplaceLine(Config, "base_url:", "base_url: \"javascript:alert(1)\"")),
        Configuration("`cname: \"a b/c\"`", "EG0002", "is not a host name", e => e.Write(Config, File.ReadAllText(e.PathOf(Config)) + "cname: \"a b/c\"\n")),
        new("`--base-url javascript:alert(1)`", "—", "--base-url: 'javascript:alert(1)' is neither an http(s) address nor a path", 2, BadInputOutcome.NothingWritten, _ => ["--base-url", "javascript:alert(1)"]),

        Template("a template syntax error", "EG0301", "The <end> statement was not found", "<footer>{{ if site.title }}</footer>\n"),
        Template("an unknown variable in a template", "EG0302", "The variable or function `sitte` was not found", "<footer>{{ sitte.title }}</footer>\n"),
        Template("a runtime error in a template", "EG0302", "Unable to convert type `string` to int", "<footer>{{ \"abc\" | string.slice \"x\" }}</footer>\n"),
        Template("a runaway loop in a template", "EG0302", "Exceeding number of iteration limit", "{{ while true }}x{{ end }}\n", NotFound),
        Template("runaway recursion in a template", "EG0302", "Exceeding number of recursive depth limit", "<footer>{{ func again; again; end; again }}</footer>\n"),
        Template("an include that leaves the template folders", "EG0304", "templates may only read files inside templates/", "<footer>{{ include '../edition.yml' }}</footer>\n"),

        Output("`--output seeds`", "EG0510", "it is the edition's seeds/", "seeds"),
        Output("`--output content`", "EG0510", "it is the edition's content/", "content"),
        Output("`--output templates`", "EG0510", "it is the edition's templates/", "templates"),
        Output("`--output .editiongen`", "EG0510", "it is the edition's .editiongen/", ".editiongen"),
        Output("`--output .` (the edition's folder)", "EG0510", "it is the edition's folder", "."),
        Output("`--output ..` (a folder that holds the edition)", "EG0510", "it contains the edition's folder", ".."),
        Output("`--output seeds/site` (inside a folder of the edition)", "EG0510", "it lies inside the edition's seeds/", "seeds/site"),
        Output("`--output /`", "EG0510", "it is the file system root", "/"),
        new("`--output ~` (the home folder)", "EG0510", "it is your home folder", 2, BadInputOutcome.NothingWritten, e =>
        {
            // A broken footer as well: should the refusal ever fail, the build could still never swap the home folder.
            e.Write(Footer, "<footer>{{ if }}</footer>\n");
            return ["--output", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)];
        }),
        new("a non-empty folder that EditionGen did not build", "EG0511", "so EditionGen did not build it", 2, BadInputOutcome.NothingWritten, e =>
        {
            e.Write("../mine/notes.txt", "我的笔记");
            return ["--output", e.PathOf("../mine")];
        }),
        new("an output folder that is a symbolic link", "EG0510", "it is a symbolic link", 2, BadInputOutcome.NothingWritten, e =>
        {
            Directory.Move(e.PathOf("site-output"), e.PathOf("../elsewhere"));
            Directory.CreateSymbolicLink(e.PathOf("site-output"), e.PathOf("../elsewhere"));
            return None;
        }),
        new("another build of the edition is running, with `--no-wait`", "EG0512", "of this edition is running", 1, BadInputOutcome.NothingWritten, e =>
        {
            e.Hold(BuildLock.Acquire(e.PathOf(".editiongen"), wait: false));
            return ["--no-wait"];
        }),
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static BadInputRow Seed(string input, string code, string message, Func<BadInputEdition, byte[]> bytes) =>
        new(input, code, message, 1, BadInputOutcome.GoodSeedsIngested, e =>
        {
            var content = bytes(e);
            e.AddSeed("bad.txt", content);
            return None;
        }, "seeds/bad.txt");

    private static BadInputRow Content(string input, string code, string message, string file, Action<BadInputEdition> breakIt) =>
        new(input, code, message, 1, BadInputOutcome.OtherFilesRead, e =>
        {
            breakIt(e);
            return None;
        }, file);

    private static BadInputRow Configuration(string input, string code, string message, Action<BadInputEdition> breakIt) =>
        new(input, code, message, 1, BadInputOutcome.PreviousSiteKept, e =>
        {
            breakIt(e);
            return None;
        }, Config);

    // The loop limit is counted per page, so a runaway loop is put in a layout of one page only.
    private static BadInputRow Template(string input, string code, string message, string text, string file = Footer) =>
        new(input, code, message, 1, BadInputOutcome.PreviousSiteKept, e =>
        {
            e.Write(file, text);
            return None;
        }, file);

    private static BadInputRow Output(string input, string code, string message, string output) =>
        new(input, code, message, 2, BadInputOutcome.NothingWritten, _ => ["--output", output]);
}

using System.Diagnostics;

namespace EditionGen.Benchmarks.Build;

/// <summary>
/// A Hugo site over the same <c>content/</c> that EditionGen ingested, with plain layouts that show what
/// EditionGen's pages show (masthead and teasers on issue pages; headline, byline and body on articles).
/// </summary>
public static class HugoSite
{
    public static string Create(string editionRoot, string? root = null)
    {
        root ??= Directory.CreateTempSubdirectory("editiongen-bench-hugo-").FullName;
        CopyFolder(Path.Combine(editionRoot, "content"), Path.Combine(root, "content"));
        File.WriteAllText(Path.Combine(root, "hugo.toml"), """
            baseURL = "/"
            languageCode = "zh-CN"
            title = "阿勒泰报"
            disableKinds = ["RSS"]
            [taxonomies]
            author = "authors"
            """);
        var layouts = Directory.CreateDirectory(Path.Combine(root, "layouts", "_default")).FullName;
        // The header and navigation of every page, as the default theme's header partial has them.
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="{{ .Summary | plainify | truncate 120 }}">
            <link rel="canonical" href="{{ .Permalink }}"></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a><nav><a href="{{ "/" | relURL }}">首页</a> <a href="{{ "/authors/" | relURL }}">作者</a></nav>
            {{ with .CurrentSection }}<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">上一期</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">下一期</a>{{ end }}</nav>{{ end }}</header>
            <main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>
            """);
        // An article: kicker, headline, subtitle, byline, body and the previous and next article of its issue.
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article>{{ with .Params.kicker }}<p>{{ . }}</p>{{ end }}<h1>{{ .Title }}</h1>
            {{ with .Params.subtitle }}<p>{{ . }}</p>{{ end }}{{ with .Params.byline }}<p>{{ . }}</p>{{ end }}
            {{ with .Params.authors }}<p>{{ range . }}<a href="{{ (printf "/authors/%s/" (. | urlize)) | relURL }}">{{ . }}</a> {{ end }}</p>{{ end }}{{ .Content }}
            <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
            """);
        // An issue: its pages, each with its articles' teasers (the default theme's issue and page lists);
        // years and months list their issues.
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            {{ with .RegularPages }}{{ range .GroupByParam "page" }}<section><h2>第{{ .Key }}版</h2><ol>{{ range .Pages }}<li>{{ with .Params.kicker }}<p>{{ . }}</p>{{ end }}
            <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.subtitle }}<p>{{ . }}</p>{{ end }}<p>{{ .Summary | plainify | truncate 80 }}</p></li>{{ end }}</ol></section>{{ end }}{{ end }}{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "terms.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "term.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ template "_internal/pagination.html" . }}{{ end }}
            """);
        return root;
    }

    public static void Build(string root)
    {
        var start = new ProcessStartInfo("hugo") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--quiet", "--cleanDestinationDir", "-d", Path.Combine(root, "public") }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("hugo could not be started; install it (apt-get install hugo).");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("hugo failed: " + error.Result);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

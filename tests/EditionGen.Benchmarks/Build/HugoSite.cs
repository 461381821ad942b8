using System.Diagnostics;

namespace EditionGen.Benchmarks.Build;

/// <summary>
/// A Hugo site over the same <c>content/</c> that EditionGen ingested, with plain layouts that show what
/// EditionGen's pages show (masthead and teasers on issue pages; headline, byline and body on articles).
/// </summary>
public static class HugoSite
{
    public static string Create(string editionRoot)
    {
        var root = Directory.CreateTempSubdirectory("editiongen-bench-hugo-").FullName;
        CopyFolder(Path.Combine(editionRoot, "content"), Path.Combine(root, "content"));
        File.WriteAllText(Path.Combine(root, "hugo.toml"), """
            baseURL = "/"
            languageCode = "zh-CN"
            title = "阿勒泰报"
            disableKinds = ["taxonomy", "term", "RSS"]
            """);
        var layouts = Directory.CreateDirectory(Path.Combine(root, "layouts", "_default")).FullName;
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article>{{ with .Params.kicker }}<p>{{ . }}</p>{{ end }}<h1>{{ .Title }}</h1>
            {{ with .Params.subtitle }}<p>{{ . }}</p>{{ end }}{{ with .Params.byline }}<p>{{ . }}</p>{{ end }}{{ .Content }}
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li>{{ with .Params.kicker }}<p>{{ . }}</p>{{ end }}
            <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.subtitle }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ol>{{ end }}
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

using EditionGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EditionGen.Configuration;

/// <summary>Reads <c>edition.yml</c>; a missing file gives the defaults, a malformed one a located error.</summary>
public static class EditionConfigLoader
{
    public const string FileName = "edition.yml";

    public static EditionConfig Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var path = System.IO.Path.Combine(root, FileName);
        if (!File.Exists(path)) return new EditionConfig { Path = path };
        return Parse(File.ReadAllText(path), path);
    }

    public static EditionConfig Parse(string yaml, string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            var raw = deserializer.Deserialize<RawConfig?>(yaml) ?? new RawConfig();
            var defaults = new EditionConfig();
            return new EditionConfig
            {
                Title = raw.Title ?? defaults.Title,
                Language = raw.Language ?? defaults.Language,
                Timezone = raw.Timezone ?? defaults.Timezone,
                BaseUrl = raw.BaseUrl ?? defaults.BaseUrl,
                Cname = raw.Cname,
                Urls = UrlPatternsReader.Read(yaml, path),
                Path = path,
            };
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column);
            throw new InputException(Diagnostic.Error(
                DiagnosticCodes.ConfigurationInvalid, location,
                $"{FileName} is not valid: {e.InnerException?.Message ?? e.Message} Keys are title, language, timezone, base_url, cname and urls."),
                e);
        }
    }

    private sealed class RawConfig
    {
        public string? Title { get; set; }
        public string? Language { get; set; }
        public string? Timezone { get; set; }
        public string? BaseUrl { get; set; }
        public string? Cname { get; set; }

        // Read with positions by UrlPatternsReader; declared so the key is known here.
        public object? Urls { get; set; }
    }
}

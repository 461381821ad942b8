using EditionGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
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
        // Named like the other inputs of a build: relative to the edition's folder.
        return Parse(File.ReadAllText(path), FileName);
    }

    // YamlDotNet names .NET types when a value has the wrong shape; a publisher needs the YAML word for it.
    private static string Explain(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).TrimEnd('.');
        return message.Contains("deserialize", StringComparison.OrdinalIgnoreCase)
            ? "this value is a list or a mapping where a single text or number is expected"
            : message;
    }

    public static EditionConfig Parse(string yaml, string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        EditionConfig config;
        YamlMappingNode? root;
        try
        {
            var raw = deserializer.Deserialize<RawConfig?>(yaml) ?? new RawConfig();
            var defaults = new EditionConfig();
            config = new EditionConfig
            {
                Title = raw.Title ?? defaults.Title,
                Language = raw.Language ?? defaults.Language,
                Timezone = raw.Timezone ?? defaults.Timezone,
                BaseUrl = raw.BaseUrl ?? defaults.BaseUrl,
                Cname = raw.Cname,
                Urls = UrlPatternsReader.Read(yaml, path),
                Path = path,
            };
            root = RootOf(yaml);
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column);
            throw new InputException(Diagnostic.Error(
                DiagnosticCodes.ConfigurationInvalid, location,
                $"{FileName} is not valid here: {Explain(e)}. Keys are title, language, timezone, base_url, cname and urls; "
                + "quote a value that holds a colon, brackets or braces, for example title: \"阿勒泰报\"."),
                e);
        }
        catch (Exception e) when (e is not EditionGenException && BadInput.IsFrom(e))
        {
            // YamlDotNet throws more than YamlException on some broken input; where its scanner stops is the place.
            var at = FailurePosition(yaml);
            throw new InputException(Diagnostic.Error(
                DiagnosticCodes.ConfigurationInvalid, new SourceLocation(path, (int)at.Line, (int)at.Column),
                $"{FileName} is not valid YAML here (a bracket, brace or quote is left open); close it, "
                + "and quote a value that holds a colon, brackets or braces, for example title: \"阿勒泰报\"."),
                e);
        }

        ConfigValueRules.Check(root, config, path);
        return config;
    }

    /// <summary>Why a base URL given on the command line cannot be used; null when it can.</summary>
    public static string? BaseUrlProblem(string baseUrl) => ConfigValueRules.BaseUrlProblem(baseUrl);

    private static YamlMappingNode? RootOf(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
    }

    private static Mark FailurePosition(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var parser = new Parser(scanner);
        try
        {
            while (parser.MoveNext())
            {
            }
        }
        catch (Exception e) when (BadInput.IsFrom(e))
        {
            return e is YamlException yamlException ? yamlException.Start : parser.Current?.Start ?? scanner.CurrentPosition;
        }

        return scanner.CurrentPosition;
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

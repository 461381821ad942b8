using EditionGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

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
        EditionConfig config;
        YamlMappingNode? root;
        try
        {
            // Read from the representation model rather than deserialised into an object: YamlDotNet's deserialiser
            // builds its converters by reflection, which cost a rebuild a tenth of a second before anything else ran.
            CheckShape(yaml);
            root = RootOf(yaml);
            var raw = Read(root);
            var defaults = new EditionConfig();
            config = new EditionConfig
            {
                Title = raw.GetValueOrDefault("title") ?? defaults.Title,
                Language = raw.GetValueOrDefault("language") ?? defaults.Language,
                Timezone = raw.GetValueOrDefault("timezone") ?? defaults.Timezone,
                BaseUrl = raw.GetValueOrDefault("base_url") ?? defaults.BaseUrl,
                Cname = raw.GetValueOrDefault("cname"),
                Urls = UrlPatternsReader.Read(yaml, path),
                Path = path,
            };
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

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "title", "language", "timezone", "base_url", "cname", "urls" };

    /// <summary>
    /// Refuses, in the order the file is read (so before a syntax error further on, as the deserialiser did), a file
    /// that is not one mapping, a key that is not known, and a list or mapping where a text is expected;
    /// <c>urls</c> is read by <see cref="UrlPatternsReader"/>.
    /// </summary>
    private static void CheckShape(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _)) return;
        if (parser.TryConsume<MappingStart>(out _))
        {
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Current;
                if (key is not Scalar { Value: var name } || !Keys.Contains(name))
                    throw new YamlException(key!.Start, key.End, $"the key {(key as Scalar)?.Value ?? "here"} is not known");
                parser.MoveNext();
                if (name != "urls" && parser.Current is SequenceStart or MappingStart)
                    throw new YamlException(parser.Current.Start, parser.Current.End, "this value is a list or a mapping where a single text or number is expected");
                parser.SkipThisAndNestedEvents();
            }
        }
        else if (parser.Current is not Scalar scalar || !IsNull(scalar))
        {
            throw new YamlException(parser.Current!.Start, parser.Current.End, "the file is not a mapping of keys to values");
        }
        else
        {
            parser.MoveNext();
        }

        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart second)
            throw new YamlException(second.Start, second.End, "the file holds a second document after a line ---; keep one");
    }

    /// <summary>The text of each key that has one (the file's shape was checked before).</summary>
    private static Dictionary<string, string?> Read(YamlMappingNode? root)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (root is null) return values;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && valueNode is YamlScalarNode scalar) values[key] = IsNull(scalar) ? null : scalar.Value;
        }

        return values;
    }

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing reads as no value, as YAML's core schema (and the deserialiser) has it.</summary>
    private static bool IsNull(YamlScalarNode scalar) => IsNull(scalar.Style, scalar.Tag, scalar.Value);

    private static bool IsNull(Scalar scalar) => IsNull(scalar.Style, scalar.Tag, scalar.Value);

    private static bool IsNull(ScalarStyle style, TagName tag, string? value) =>
        (!tag.IsEmpty && tag.Value == "tag:yaml.org,2002:null")
        || (style == ScalarStyle.Plain && tag.IsEmpty && value is null or "" or "~" or "null" or "Null" or "NULL");

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
}

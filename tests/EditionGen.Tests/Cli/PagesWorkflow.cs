using YamlDotNet.RepresentationModel;

namespace EditionGen.Tests.Cli;

/// <summary>What a GitHub Actions workflow file says, read as YAML.</summary>
public sealed record PagesWorkflow(IReadOnlyList<string> Uses, IReadOnlyList<string> Runs, IReadOnlyList<string> Permissions, IReadOnlyDictionary<string, string> Environment)
{
    public static PagesWorkflow Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var steps = ((YamlMappingNode)root["jobs"]).Children.Values
            .OfType<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue("steps", out var s) ? ((YamlSequenceNode)s).Children.OfType<YamlMappingNode>() : [])
            .ToList();
        string? Value(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value : null;
        return new PagesWorkflow(
            steps.Select(s => Value(s, "uses")).OfType<string>().ToList(),
            steps.Select(s => Value(s, "run")).OfType<string>().ToList(),
            ((YamlMappingNode)root["permissions"]).Children.Select(p => $"{p.Key}: {p.Value}").ToList(),
            root.Children.TryGetValue("env", out var env)
                ? ((YamlMappingNode)env).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!)
                : []);
    }
}

using System.CommandLine;
using EditionGen.Build;
using EditionGen.Diagnostics;

namespace EditionGen.Cli.Commands;

/// <summary>
/// The options of a build, defined once for every command that builds (<c>build</c>, <c>serve</c>, <c>deploy</c>),
/// so each spells, describes and reads them the same way. A new build option is one property here,
/// one entry in <see cref="All"/> and one line in <see cref="Read"/>.
/// </summary>
public sealed class BuildOptionSet
{
    public Option<DirectoryInfo> Root { get; } = CommonOptions.Root();

    public Option<string?> Output { get; } = new("--output") { Description = "The output folder. Default: site-output/ in the root." };

    public Option<string?> BaseUrl { get; } = CommonOptions.BaseUrl();

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Rebuild everything, ignoring what earlier builds left." };

    public Option<bool> NoSearch { get; } = new("--no-search") { Description = "Do not build the search index." };

    public Option<bool> Strict { get; } = CommonOptions.Strict();

    public Option<int> Jobs { get; } = new("--jobs") { Description = "How many seeds or pages to work on at once. Default: one per processor." };

    public Option<bool> Force { get; } = CommonOptions.Force();

    public Option<bool> NoWait { get; } = CommonOptions.NoWait();

    public IEnumerable<Option> All => [Root, Output, BaseUrl, NoCache, NoSearch, Strict, Jobs, Force, NoWait];

    /// <summary>Adds every build option to a command.</summary>
    public Command AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in All) command.Options.Add(option);
        return command;
    }

    /// <summary>The build the parsed options ask for.</summary>
    /// <exception cref="UsageException">A value is out of range or the root folder does not exist.</exception>
    public BuildOptions Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var jobs = result.GetValue(Jobs);
        if (jobs < 0) throw new UsageException("--jobs takes a whole number of 1 or more (0 means one per processor).");
        var options = new BuildOptions
        {
            Root = result.GetRequiredValue(Root).FullName,
            Output = result.GetValue(Output),
            BaseUrl = result.GetValue(BaseUrl),
            NoCache = result.GetValue(NoCache),
            NoSearch = result.GetValue(NoSearch),
            Strict = result.GetValue(Strict),
            Jobs = jobs,
            Force = result.GetValue(Force),
            NoWait = result.GetValue(NoWait),
        };
        if (!Directory.Exists(options.Root)) throw new UsageException($"the root folder '{options.Root}' does not exist. Pass --root with an edition's folder.");
        return options;
    }
}

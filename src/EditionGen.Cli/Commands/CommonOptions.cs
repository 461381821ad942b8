using System.CommandLine;

namespace EditionGen.Cli.Commands;

/// <summary>Options that several commands share, so they are spelled and described once.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The edition's folder (with edition.yml, seeds/, content/, templates/). Default: the current folder.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<bool> Strict() => new("--strict") { Description = "Treat warnings as errors." };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The address the site is served from, such as https://owner.github.io/repo/; overrides base_url of edition.yml.",
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Overwrite content files edited by hand, after saving a .bak copy of each; build also replaces a non-empty output folder it did not build.",
    };

    public static Option<bool> NoWait() => new("--no-wait")
    {
        Description = "Stop at once, instead of waiting, while another build of the same edition runs.",
    };
}

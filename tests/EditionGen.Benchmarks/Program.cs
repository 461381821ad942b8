using BenchmarkDotNet.Running;
using EditionGen.Benchmarks.Build;
using EditionGen.Benchmarks.Scale;

// scale: a whole archive step by step; measure: one step in its own process; generate: seeds only;
// hugo-site EDITION FOLDER: a Hugo site over an ingested edition's content/ (compare-hugo.sh uses both);
// anything else goes to BenchmarkDotNet (--filter '*Parse*', '*SiteBuild*').
return args.FirstOrDefault() switch
{
    "scale" => ScaleRun.Run(args[1..]),
    "measure" => MeasuredRun.Run(args[1..]),
    "generate" => Generate(args[1..]),
    "hugo-site" => HugoSiteOf(args[1], args[2]),
    _ => Switch(args),
};

static int Generate(string[] args)
{
    var issues = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
    var root = SampleShapedArchive.CreateEdition(issues, args.Length > 1 ? Path.GetFullPath(args[1]) : null);
    Console.WriteLine(root);
    return 0;
}

static int HugoSiteOf(string edition, string folder)
{
    Console.WriteLine(HugoSite.Create(Path.GetFullPath(edition), Path.GetFullPath(folder)));
    return 0;
}

static int Switch(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}

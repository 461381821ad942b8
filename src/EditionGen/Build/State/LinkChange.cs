namespace EditionGen.Build.State;

/// <summary>How the site's paths and base changed since the last build, for the checks it kept.</summary>
internal enum LinkChange
{
    /// <summary>No last build, or its base or paths differ otherwise: no kept check holds.</summary>
    Other,

    /// <summary>Same base and paths: every kept check holds.</summary>
    Same,

    /// <summary>Same base, and every path the last build published is still there with more added: kept checks hold unless they found a path missing.</summary>
    Grown,
}

using EditionGen.Diagnostics;

namespace EditionGen.Publish.Deploy;

/// <summary>Publishing to a git branch failed: git is missing, the site is not built, or the remote refused.</summary>
public sealed class DeployException(string path, string message)
    : EditionGenException(message, [Diagnostic.Error(DiagnosticCodes.DeployFailed, SourceLocation.File(path), message)]);

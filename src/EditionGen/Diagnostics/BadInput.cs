namespace EditionGen.Diagnostics;

/// <summary>
/// Which exceptions of a third-party library mean "this input is broken" rather than "the process is in trouble".
/// Libraries throw more than the types they document on malformed input, so at a stage boundary every exception
/// but those of the runtime itself becomes a located diagnostic of the file at hand.
/// </summary>
public static class BadInput
{
    public static bool IsFrom(Exception exception) =>
        exception is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException or ThreadInterruptedException);
}

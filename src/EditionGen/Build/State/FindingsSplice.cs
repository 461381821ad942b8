using EditionGen.Diagnostics;

namespace EditionGen.Build.State;

/// <summary>
/// The findings of the next state as the ones of the last it keeps at its start and at its end, and the run between
/// them: findings are sorted, so an edit changes a run of them and keeps the rest.
/// </summary>
internal sealed record FindingsSplice(int Head, int Tail, IReadOnlyList<Diagnostic> Middle)
{
    public static FindingsSplice Between(IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        var head = 0;
        while (head < before.Count && head < after.Count && before[head] == after[head]) head++;
        var tail = 0;
        while (tail < before.Count - head && tail < after.Count - head && before[^(tail + 1)] == after[^(tail + 1)]) tail++;
        return new FindingsSplice(head, tail, after.Skip(head).Take(after.Count - head - tail).ToList());
    }

    public IReadOnlyList<Diagnostic> ApplyTo(IReadOnlyList<Diagnostic> before)
    {
        if (Head < 0 || Tail < 0 || Head + Tail > before.Count) throw new InvalidDataException("the findings to keep are not in the state");
        var findings = new List<Diagnostic>(Head + Middle.Count + Tail);
        findings.AddRange(before.Take(Head));
        findings.AddRange(Middle);
        findings.AddRange(before.Skip(before.Count - Tail));
        return findings;
    }
}

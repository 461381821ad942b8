using System.Diagnostics;
using EditionGen.Build.State;
using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Publish;
using EditionGen.Validate;

namespace EditionGen.Build;

/// <summary>
/// Renders, validates and writes the site on <c>jobs</c> threads: each thread takes the next unit of work (an
/// issue, an author, the archive…), renders its pages one at a time and validates and writes each before the
/// next. Only the units being worked on are held, so memory stays flat however large the archive. Each page is
/// independent and findings are sorted at the end, so the output and the report are the same whatever the
/// number of jobs.
/// </summary>
internal sealed class PageFlow(SiteValidator validator, StagedOutput output, DiagnosticBag diagnostics, StageTimes times, IncrementalBuild? incremental = null)
{
    private readonly Lock _gate = new();
    private int _written;

    public int Written => _written;

    public async Task RunAsync(IEnumerable<Func<IEnumerable<SiteFile>>> units, int jobs, Action<SiteFile>? onWritten, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var next = units.GetEnumerator();
        var workers = Enumerable.Range(0, Math.Max(1, jobs)).Select(_ => Task.Run(() =>
        {
            try
            {
                while (Take(next, failed.Token) is { } unit)
                {
                    var start = Stopwatch.GetTimestamp();
                    foreach (var file in unit())
                    {
                        times.Charge(BuildStage.Render, start);
                        Consume(file);
                        onWritten?.Invoke(file);
                        failed.Token.ThrowIfCancellationRequested();
                        start = Stopwatch.GetTimestamp();
                    }

                    times.Charge(BuildStage.Render, start);
                }
            }
            catch
            {
                // Stop the other threads too: the build has failed.
                failed.Cancel();
                throw;
            }
        }, CancellationToken.None)).ToList();

        await Task.WhenAll(workers);
    }

    private Func<IEnumerable<SiteFile>>? Take(IEnumerator<Func<IEnumerable<SiteFile>>> units, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate) return units.MoveNext() ? units.Current : null;
    }

    private void Consume(SiteFile file)
    {
        var start = Stopwatch.GetTimestamp();
        if (incremental is not null)
        {
            long checking = 0;
            try
            {
                checking = incremental.Consume(file, validator, diagnostics, times);
            }
            catch (OutputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }

            // The check was charged to validation already.
            times.Charge(BuildStage.Publish, start + checking);
            Interlocked.Increment(ref _written);
            return;
        }

        diagnostics.AddRange(validator.Check(file));
        start = times.Charge(BuildStage.Validate, start);
        try
        {
            output.Write(file);
        }
        catch (OutputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }

        times.Charge(BuildStage.Publish, start);
        Interlocked.Increment(ref _written);
    }
}

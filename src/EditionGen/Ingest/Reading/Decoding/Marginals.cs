using System.Numerics;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// How sure the model is of each line's label: the probability of every label at every line over all
/// labellings (forward-backward, scaled at each line), with scores divided by the model's temperature.
/// </summary>
public static class Marginals
{
    public static double[][] Compute(float[][] emissions, float[] transitions, float temperature) =>
        Compute(emissions, Moves.Of(transitions, temperature));

    /// <summary>The same, with the transitions already turned into <paramref name="moves"/>.</summary>
    public static double[][] Compute(float[][] emissions, Moves moves)
    {
        ArgumentNullException.ThrowIfNull(emissions);
        ArgumentNullException.ThrowIfNull(moves);
        var n = emissions.Length;
        var labels = LineLabels.Count;
        var result = new double[n][];
        if (n == 0) return result;
        var t = moves.Temperature;

        // Each line's label scores as probabilities relative to its best label, so no product overflows.
        var local = new double[n * labels];
        for (var i = 0; i < n; i++)
        {
            var max = emissions[i].Max();
            for (var l = 0; l < labels; l++) local[i * labels + l] = Math.Exp((emissions[i][l] - max) / t);
        }

        var alpha = new double[n * labels];
        var beta = new double[n * labels];
        for (var l = 0; l < labels; l++) alpha[l] = moves.Forward[labels * labels + l] * local[l];
        Normalise(alpha.AsSpan(0, labels));
        for (var i = 1; i < n; i++)
        {
            var a = alpha.AsSpan(i * labels, labels);
            var previous = alpha.AsSpan((i - 1) * labels, labels);
            for (var from = 0; from < labels; from++)
            {
                var p = previous[from];
                if (p != 0) AddScaled(a, p, moves.Forward.AsSpan(from * labels, labels));
            }

            var here = local.AsSpan(i * labels, labels);
            for (var to = 0; to < labels; to++) a[to] *= here[to];
            Normalise(a);
        }

        beta.AsSpan((n - 1) * labels, labels).Fill(1.0);
        for (var i = n - 2; i >= 0; i--)
        {
            var b = beta.AsSpan(i * labels, labels);
            var after = beta.AsSpan((i + 1) * labels, labels);
            var next = local.AsSpan((i + 1) * labels, labels);
            for (var to = 0; to < labels; to++) AddProduct(b, moves.Backward.AsSpan(to * labels, labels), next[to], after[to]);
            Normalise(b);
        }

        for (var i = 0; i < n; i++)
        {
            var m = new double[labels];
            for (var l = 0; l < labels; l++) m[l] = alpha[i * labels + l] * beta[i * labels + l];
            Normalise(m);
            result[i] = m;
        }

        return result;
    }

    /// <summary><paramref name="into"/>[k] += <paramref name="scale"/> × <paramref name="row"/>[k], several k at a time.</summary>
    private static void AddScaled(Span<double> into, double scale, ReadOnlySpan<double> row)
    {
        var width = Vector<double>.Count;
        var k = 0;
        var s = new Vector<double>(scale);
        for (; k + width <= into.Length; k += width) (new Vector<double>(into[k..]) + s * new Vector<double>(row[k..])).CopyTo(into[k..]);
        for (; k < into.Length; k++) into[k] += scale * row[k];
    }

    /// <summary><paramref name="into"/>[k] += <paramref name="column"/>[k] × <paramref name="first"/> × <paramref name="second"/>, in that order, several k at a time.</summary>
    private static void AddProduct(Span<double> into, ReadOnlySpan<double> column, double first, double second)
    {
        var width = Vector<double>.Count;
        var k = 0;
        var f = new Vector<double>(first);
        var s = new Vector<double>(second);
        for (; k + width <= into.Length; k += width) (new Vector<double>(into[k..]) + new Vector<double>(column[k..]) * f * s).CopyTo(into[k..]);
        for (; k < into.Length; k++) into[k] += column[k] * first * second;
    }

    private static void Normalise(Span<double> values)
    {
        var sum = 0.0;
        foreach (var v in values) sum += v;
        if (sum <= 0 || double.IsNaN(sum))
        {
            values.Fill(1.0 / values.Length);
            return;
        }

        for (var k = 0; k < values.Length; k++) values[k] /= sum;
    }
}

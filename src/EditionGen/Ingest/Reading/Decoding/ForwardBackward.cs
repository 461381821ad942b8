using System.Numerics;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// The forward and backward sums over all labellings of a seed's lines, scaled at each line so no product
/// overflows: what the probabilities of labels (<see cref="Marginals"/>) and of article openings
/// (<see cref="Openings"/>) are read from. Scores are divided by the model's temperature.
/// </summary>
internal sealed class ForwardBackward
{
    private ForwardBackward(int lines, double[] local, double[] alpha, double[] beta)
    {
        Lines = lines;
        Local = local;
        Alpha = alpha;
        Beta = beta;
    }

    public int Lines { get; }

    /// <summary>Each line's label scores as factors of probability relative to its best label, line by line.</summary>
    public double[] Local { get; }

    /// <summary>The forward sums, line by line, each line's summing to 1.</summary>
    public double[] Alpha { get; }

    /// <summary>The backward sums, line by line, each line's summing to 1.</summary>
    public double[] Beta { get; }

    public static ForwardBackward Run(float[][] emissions, Moves moves)
    {
        var n = emissions.Length;
        var labels = LineLabels.Count;
        var t = moves.Temperature;
        var local = new double[n * labels];
        for (var i = 0; i < n; i++)
        {
            var max = emissions[i].Max();
            for (var l = 0; l < labels; l++) local[i * labels + l] = Math.Exp((emissions[i][l] - max) / t);
        }

        var alpha = new double[n * labels];
        var beta = new double[n * labels];
        if (n == 0) return new ForwardBackward(n, local, alpha, beta);
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

        return new ForwardBackward(n, local, alpha, beta);
    }

    /// <summary>Scales <paramref name="values"/> to sum to 1 (all alike when they sum to nothing).</summary>
    public static void Normalise(Span<double> values)
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

    /// <summary><paramref name="into"/>[k] += <paramref name="scale"/> × <paramref name="row"/>[k], several k at a time.</summary>
    public static void AddScaled(Span<double> into, double scale, ReadOnlySpan<double> row)
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
}

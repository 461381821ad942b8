using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// How sure the model is of each line's label: the probability of every label at every line over all
/// labellings (forward-backward, scaled at each line), with scores divided by the model's temperature.
/// </summary>
public static class Marginals
{
    public static double[][] Compute(float[][] emissions, float[] transitions, float temperature)
    {
        ArgumentNullException.ThrowIfNull(emissions);
        ArgumentNullException.ThrowIfNull(transitions);
        var n = emissions.Length;
        var labels = LineLabels.Count;
        var result = new double[n][];
        if (n == 0) return result;
        var t = temperature > 0 ? temperature : 1f;

        var moves = new double[(labels + 1) * labels];
        for (var k = 0; k < moves.Length; k++) moves[k] = Math.Exp(transitions[k] / t);

        // Each line's label scores as probabilities relative to its best label, so no product overflows.
        var local = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var max = emissions[i].Max();
            local[i] = new double[labels];
            for (var l = 0; l < labels; l++) local[i][l] = Math.Exp((emissions[i][l] - max) / t);
        }

        var alpha = new double[n][];
        var beta = new double[n][];
        alpha[0] = new double[labels];
        for (var l = 0; l < labels; l++) alpha[0][l] = moves[labels * labels + l] * local[0][l];
        Normalise(alpha[0]);
        for (var i = 1; i < n; i++)
        {
            var a = new double[labels];
            for (var from = 0; from < labels; from++)
            {
                var p = alpha[i - 1][from];
                if (p == 0) continue;
                var row = from * labels;
                for (var to = 0; to < labels; to++) a[to] += p * moves[row + to];
            }

            for (var to = 0; to < labels; to++) a[to] *= local[i][to];
            Normalise(a);
            alpha[i] = a;
        }

        beta[n - 1] = Enumerable.Repeat(1.0, labels).ToArray();
        for (var i = n - 2; i >= 0; i--)
        {
            var b = new double[labels];
            for (var from = 0; from < labels; from++)
            {
                var row = from * labels;
                var sum = 0.0;
                for (var to = 0; to < labels; to++) sum += moves[row + to] * local[i + 1][to] * beta[i + 1][to];
                b[from] = sum;
            }

            Normalise(b);
            beta[i] = b;
        }

        for (var i = 0; i < n; i++)
        {
            var m = new double[labels];
            for (var l = 0; l < labels; l++) m[l] = alpha[i][l] * beta[i][l];
            Normalise(m);
            result[i] = m;
        }

        return result;
    }

    private static void Normalise(double[] values)
    {
        var sum = 0.0;
        foreach (var v in values) sum += v;
        if (sum <= 0 || double.IsNaN(sum))
        {
            Array.Fill(values, 1.0 / values.Length);
            return;
        }

        for (var k = 0; k < values.Length; k++) values[k] /= sum;
    }
}

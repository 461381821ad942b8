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
        return Of(ForwardBackward.Run(emissions, moves));
    }

    internal static double[][] Of(ForwardBackward sums)
    {
        var labels = LineLabels.Count;
        var result = new double[sums.Lines][];
        for (var i = 0; i < sums.Lines; i++)
        {
            var m = new double[labels];
            for (var l = 0; l < labels; l++) m[l] = sums.Alpha[i * labels + l] * sums.Beta[i * labels + l];
            ForwardBackward.Normalise(m);
            result[i] = m;
        }

        return result;
    }
}

using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// A model's transitions as factors of probability under its temperature, made once per model:
/// <see cref="Forward"/> row by row (from, then to, with the start as the last row), <see cref="Backward"/>
/// column by column (to, then from).
/// </summary>
public sealed class Moves
{
    private Moves(double[] forward, double[] backward, float temperature)
    {
        Forward = forward;
        Backward = backward;
        Temperature = temperature;
    }

    public double[] Forward { get; }

    public double[] Backward { get; }

    public float Temperature { get; }

    public static Moves Of(float[] transitions, float temperature)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        var labels = LineLabels.Count;
        var t = temperature > 0 ? temperature : 1f;
        var forward = new double[(labels + 1) * labels];
        for (var k = 0; k < forward.Length; k++) forward[k] = Math.Exp(transitions[k] / t);
        var backward = new double[labels * labels];
        for (var from = 0; from < labels; from++)
        {
            for (var to = 0; to < labels; to++) backward[to * labels + from] = forward[from * labels + to];
        }

        return new Moves(forward, backward, t);
    }
}

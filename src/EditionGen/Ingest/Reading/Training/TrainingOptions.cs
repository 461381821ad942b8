namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// How the reader is trained: passes over the corpus, the length of the windows it learns from, and the
/// temperature of its probabilities. The temperature is the one under which a model trained on one month of
/// the corpus gave the other month's gold labels the highest likelihood (tried: 4, 8, 16, 32, 64).
/// </summary>
public sealed record TrainingOptions(int Epochs = 12, int Window = 16, float Temperature = 32f);

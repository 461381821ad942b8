namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// How the reader is trained: passes over the corpus, the length of the windows it learns from, and the
/// temperature of its probabilities.
/// </summary>
public sealed record TrainingOptions(int Epochs = 12, int Window = 16, float Temperature = 4f);

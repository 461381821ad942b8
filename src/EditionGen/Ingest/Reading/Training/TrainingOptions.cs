namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// How the reader is trained: passes over the corpus, the length of the windows it learns from, the
/// temperature of its probabilities, and into how many folds the issues are split to train the second pass
/// (0 or 1: no second pass). The temperature is the one under which a model trained on one month of the
/// corpus gave the other month's gold labels the highest likelihood (tried: 4, 8, 16, 32, 64).
/// </summary>
public sealed record TrainingOptions(int Epochs = 12, int Window = 16, float Temperature = 32f, int Folds = 2);

namespace EditionGen.Model;

/// <summary>
/// The reader's confidence, from 0 to 1, in where an article starts and ends (<see cref="Boundary"/>) and in
/// which of its headline lines are kicker, title and subtitle (<see cref="Headline"/>).
/// </summary>
public sealed record ArticleConfidence(double Boundary, double Headline);

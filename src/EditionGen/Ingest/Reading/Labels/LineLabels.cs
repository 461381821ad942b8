namespace EditionGen.Ingest.Reading.Labels;

/// <summary>The label set and what each label means for an article's structure.</summary>
public static class LineLabels
{
    public static readonly IReadOnlyList<LineLabel> All = Enum.GetValues<LineLabel>();

    public static readonly int Count = All.Count;

    /// <summary>The label as it is written in model files and <c>parse --explain</c>: snake_case.</summary>
    public static string Name(this LineLabel label) => Names[(int)label];

    /// <summary>Lines of a headline: kicker, title, subtitle and column label.</summary>
    public static bool IsHeadline(this LineLabel label) =>
        label is LineLabel.Kicker or LineLabel.Title or LineLabel.Subtitle or LineLabel.Column;

    /// <summary>Lines that belong to no article.</summary>
    public static bool IsOutside(this LineLabel label) =>
        label is LineLabel.Masthead or LineLabel.PageMarker or LineLabel.RunningHead or LineLabel.Other;

    /// <summary>Lines that open a piece of an article's text (everything in an article but headlines and continuations).</summary>
    public static bool IsTextStart(this LineLabel label) =>
        !label.IsOutside() && !label.IsHeadline() && label != LineLabel.Continuation;

    private static readonly string[] Names = All.Select(ToSnakeCase).ToArray();

    private static string ToSnakeCase(LineLabel label)
    {
        var name = label.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) chars.Add('_');
            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string([.. chars]);
    }
}

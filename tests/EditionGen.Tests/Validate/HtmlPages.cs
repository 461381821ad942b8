namespace EditionGen.Tests.Validate;

/// <summary>Complete pages the way the templates write them, with room for the part a test is about.</summary>
internal static class HtmlPages
{
    public const string Head = """
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>阿勒泰报 2023年5月30日</title>
        """;

    public static string With(string body, string head = Head, string htmlAttributes = " lang=\"zh-CN\"") => $"""
        <!DOCTYPE html>
        <html{htmlAttributes}>
        <head>
        {head}
        </head>
        <body>
        {body}
        </body>
        </html>

        """;
}

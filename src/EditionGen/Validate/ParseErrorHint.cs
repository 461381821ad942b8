using AngleSharp.Html.Parser;

namespace EditionGen.Validate;

/// <summary>What to do about an HTML parse error, in the words of someone editing a template.</summary>
internal static class ParseErrorHint
{
    public static string For(int code) => (HtmlParseError)code switch
    {
        HtmlParseError.EOF or HtmlParseError.BodyClosedWrong or HtmlParseError.CurrentNodeIsNotRoot =>
            "an element opened earlier is never closed; look above this point for a start tag without its end tag",
        HtmlParseError.TagDoesNotMatchCurrentNode or HtmlParseError.TagClosingMismatch or HtmlParseError.FormattingElementNotFound
            or HtmlParseError.ElementNotInScope or HtmlParseError.ParagraphNotInScope or HtmlParseError.ListItemNotInScope
            or HtmlParseError.HeadingNotInScope or HtmlParseError.BlockNotInScope or HtmlParseError.TableNotInScope =>
            "close tags in the reverse order they were opened, and do not close what was never opened",
        HtmlParseError.AttributeNameInvalid or HtmlParseError.AttributeValueInvalid or HtmlParseError.AttributeNameExpected
            or HtmlParseError.DoubleQuotationMarkUnexpected or HtmlParseError.SingleQuotationMarkUnexpected
            or HtmlParseError.AttributeDuplicateOmitted =>
            "check the quotes and names of this tag's attributes, and escape values written into them",
        HtmlParseError.DoctypeMissing => "start the page with <!DOCTYPE html>",
        _ => "fix the markup in the template that writes this part of the page",
    };
}

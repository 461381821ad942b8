using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EditionGen.Render;

/// <summary>
/// The folder name of an author's or a column's index pages. A name made only of caseless letters (CJK, Uyghur and
/// other scripts without upper and lower case), ASCII digits and the middle dot <c>·</c>, at most 32 characters long,
/// is its own slug (<c>张晓明</c>, <c>阿依努尔·买买提</c>). Any other name (Latin letters, spaces, punctuation) becomes
/// <c>n-</c> and the first 12 hex digits of the SHA-256 of its UTF-8 bytes, so that no two names meet in one folder on
/// a case-insensitive file system and no name is a reserved file name. The two forms never collide: only the second
/// has a hyphen.
/// </summary>
internal static class NameSlug
{
    private const int MaxLength = 32;
    private const string HashPrefix = "n-";

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsOwnSlug(name) ? name : HashPrefix + Hash(name);
    }

    private static bool IsOwnSlug(string name) =>
        name.Length is > 0 and <= MaxLength
        && name.IsNormalized(NormalizationForm.FormC)
        && name.All(c => char.IsAsciiDigit(c) || c == '·' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter);

    private static string Hash(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
}

using System.Globalization;
using System.Text;

namespace FitFolio.Api.Training.Exercises;

public static class SearchText
{
    /// <summary>
    /// The form names are searched in: lower-case with diacritics removed ("Élévation" → "elevation"), computed in .NET
    /// and stored, so search is case- and accent-insensitive the same way on SQLite and PostgreSQL.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>The key custom names are unique by within one user: case-insensitive, accents kept.</summary>
    public static string UniqueKey(string name) => name.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
}

namespace FitFolio.Api.Infrastructure.Errors;

/// <summary>Text both databases store as given: PostgreSQL refuses NUL, and an unpaired surrogate is not Unicode text.</summary>
public static class StorableText
{
    public const string UnpairedSurrogate = "Must not contain an unpaired surrogate (a broken character).";

    /// <summary>Null when the text may be stored; otherwise why not.</summary>
    public static string? Problem(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\0')
            {
                return "Must not contain the NUL character.";
            }

            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return UnpairedSurrogate;
            }
        }

        return null;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace FitFolio.Api.Imports;

/// <summary>Reads the values of export files, which vary by app version and locale; each method says why a value was refused.</summary>
internal static partial class ImportValues
{
    private static readonly string[] StrongDateFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd h:mm:ss tt", "yyyy-MM-dd h:mm tt",
        "yyyy-MM-dd hh:mm:ss tt", "yyyy-MM-ddTHH:mm:ss",
    ];

    private static readonly string[] HevyDateFormats =
    [
        "d MMM yyyy, HH:mm", "d MMM yyyy, H:mm", "d MMM yyyy, h:mm tt", "d MMM yyyy HH:mm", "d MMMM yyyy, HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss",
    ];

    public static bool TryStrongDate(string text, out DateTime value) => TryDate(text, StrongDateFormats, out value);

    public static bool TryHevyDate(string text, out DateTime value) => TryDate(text, HevyDateFormats, out value);

    /// <summary>The local time in the user's zone; a time skipped by a daylight-saving jump moves forward an hour, as clocks do.</summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>An empty cell is null; "82,5" (a decimal comma, from `;` files) reads as 82.5.</summary>
    public static bool TryNumber(string text, out double? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var normalized = text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal) ? text.Replace(',', '.') : text;
        if (double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>Whole numbers written as "8" or "8.0" (some exports write every number as a decimal).</summary>
    public static bool TryWholeNumber(string text, out int? value)
    {
        value = null;
        if (!TryNumber(text, out var number))
        {
            return false;
        }

        if (number is null)
        {
            return true;
        }

        if (number.Value != Math.Floor(number.Value) || number.Value is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)number.Value;
        return true;
    }

    /// <summary>Strong's older duration text: "1h 5m", "45m", "50s"; plain numbers are seconds.</summary>
    public static bool TryDuration(string text, out int? seconds)
    {
        seconds = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (TryWholeNumber(text, out seconds))
        {
            return true;
        }

        var match = DurationText().Match(text);
        if (!match.Success || match.Length == 0)
        {
            return false;
        }

        seconds = (Part(match, "h") * 3600) + (Part(match, "m") * 60) + Part(match, "s");
        return true;
    }

    public static string Clean(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();

    private static int Part(Match match, string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private static bool TryDate(string text, string[] formats, out DateTime value)
    {
        // iOS writes the gap before AM/PM as a narrow no-break space (U+202F) since iOS 17.
        var cleaned = string.Join(' ', Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return DateTime.TryParseExact(cleaned, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);
    }

    [GeneratedRegex(@"^\s*(?:(?<h>\d+)\s*h)?\s*(?:(?<m>\d+)\s*m(?:in)?)?\s*(?:(?<s>\d+)\s*s)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationText();
}

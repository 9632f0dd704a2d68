using System.Globalization;
using System.Text;

namespace FitFolio.Api.Account;

/// <summary>
/// One mailbox, one spelling: addresses are checked before anything is keyed on them, and the domain is compared in
/// its ASCII (IDNA) form, so full-width letters or an ideographic full stop cannot open a second account or limit.
/// </summary>
public static class EmailAddress
{
    private static readonly IdnMapping Idna = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    /// <summary>Null when the address may be used; otherwise why it is refused.</summary>
    public static string? Problem(string email)
    {
        var trimmed = email.Trim();
        if (trimmed.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return "The email address contains an invisible character.";
        }

        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1)
        {
            return "Enter an email address like name@example.com.";
        }

        var domain = trimmed[(at + 1)..];
        if (AsciiDomain(domain) is not { } ascii || ascii.EndsWith('.'))
        {
            return "The domain of the email address is not valid.";
        }

        return Idna.GetUnicode(ascii).Split('.').Any(IsMixedScript) ? "The domain mixes letters of different scripts." : null;
    }

    /// <summary>The address as stored and mailed: trimmed, composed (NFC), the domain in its mapped Unicode form.</summary>
    public static string Canonical(string email)
    {
        var trimmed = email.Trim().Normalize(NormalizationForm.FormC);
        var at = trimmed.LastIndexOf('@');
        var domain = trimmed[(at + 1)..];
        if (at < 0 || AsciiDomain(domain) is not { } ascii || Idna.GetUnicode(ascii) is var unicode && unicode.Equals(domain, StringComparison.OrdinalIgnoreCase))
        {
            return trimmed;
        }

        return trimmed[..at] + "@" + unicode;
    }

    /// <summary>The address with its local part cut to the first character (a…@example.com): enough to recognise, not to learn.</summary>
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return "…";
        }

        var first = StringInfo.GetNextTextElementLength(email);
        return string.Concat(email.AsSpan(0, Math.Min(first, at)), "…", email.AsSpan(at));
    }

    /// <summary>The case-insensitive lookup key: the canonical local part lower-cased and the ASCII (IDNA) domain.</summary>
    public static string Normalize(string email)
    {
        var canonical = Canonical(email);
        var at = canonical.LastIndexOf('@');
        var domain = at < 0 ? "" : AsciiDomain(canonical[(at + 1)..]) ?? canonical[(at + 1)..];
        return (at < 0 ? canonical : canonical[..at] + "@" + domain).ToLowerInvariant();
    }

    private static string? AsciiDomain(string domain)
    {
        try
        {
            return Idna.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Per label, as browsers judge IDNs: Latin may mix with Han/Kana or Hangul (UTS #39 "highly restrictive"), nothing else.
    private static bool IsMixedScript(string label)
    {
        var scripts = label.EnumerateRunes().Where(Rune.IsLetter).Select(Script).Distinct().ToList();
        return scripts.Count > 1 && !(scripts.Count == 2 && scripts.Contains("Latin") && (scripts.Contains("Han") || scripts.Contains("Hangul")));
    }

    private static string Script(Rune rune) => rune.Value switch
    {
        <= 0x024F or (>= 0x1E00 and <= 0x1EFF) or (>= 0xFF21 and <= 0xFF5A) => "Latin",
        (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => "Greek",
        >= 0x0400 and <= 0x052F => "Cyrillic",
        >= 0x0530 and <= 0x058F => "Armenian",
        >= 0x0590 and <= 0x05FF => "Hebrew",
        >= 0x0600 and <= 0x06FF => "Arabic",
        >= 0x0900 and <= 0x097F => "Devanagari",
        >= 0x0E00 and <= 0x0E7F => "Thai",
        (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0x20000 and <= 0x3FFFF) => "Han",
        (>= 0x1100 and <= 0x11FF) or (>= 0xAC00 and <= 0xD7AF) => "Hangul",
        _ => "Other " + (rune.Value >> 7),
    };
}

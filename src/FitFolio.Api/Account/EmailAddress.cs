using System.Text;

namespace FitFolio.Api.Account;

public static class EmailAddress
{
    /// <summary>
    /// The case-insensitive lookup key of an address: trimmed, Unicode-composed (NFC) and lower-cased
    /// with invariant rules. Lookalikes that fold together still mail the stored address, not the typed one.
    /// </summary>
    public static string Normalize(string email) =>
        email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
}

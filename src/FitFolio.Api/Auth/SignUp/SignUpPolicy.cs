using FitFolio.Api.Account;
using FitFolio.Api.Infrastructure.Configuration;

namespace FitFolio.Api.Auth.SignUp;

/// <summary>Who may create an account on this instance (Auth:SignUp).</summary>
public enum SignUpMode
{
    /// <summary>Any address joins on its first sign-in (the Development default).</summary>
    Open,

    /// <summary>Only someone holding an admin's invitation joins (the default everywhere else).</summary>
    Invite,

    /// <summary>Addresses in Auth:AllowedEmails or at a domain in Auth:AllowedEmailDomains join; invitations also work.</summary>
    Allowlist,

    /// <summary>Nobody new joins, invitation or not.</summary>
    Closed,
}

/// <summary>
/// The instance's sign-up rule, read once at start-up. Existing accounts always sign in (unless disabled); this only
/// decides whether an address without an account may get one.
/// </summary>
public sealed class SignUpPolicy
{
    public const string ModeKey = "Auth:SignUp";
    public const string AllowedEmailsKey = "Auth:AllowedEmails";
    public const string AllowedDomainsKey = "Auth:AllowedEmailDomains";

    private readonly HashSet<string> _emails;
    private readonly HashSet<string> _domains;

    public SignUpPolicy(SignUpMode mode, IEnumerable<string> allowedEmails, IEnumerable<string> allowedDomains)
    {
        Mode = mode;
        _emails = [.. allowedEmails.Select(EmailAddress.Normalize)];
        _domains = [.. allowedDomains.Select(d => EmailAddress.Normalize("x@" + d.Trim().TrimStart('@'))[2..])];
    }

    public SignUpMode Mode { get; }

    public static SignUpPolicy From(IConfiguration config, bool isDevelopment) =>
        new(ReadMode(config[ModeKey], isDevelopment) ?? SignUpMode.Invite,
            ConfigurationCheck.SplitList(config, AllowedEmailsKey), ConfigurationCheck.SplitList(config, AllowedDomainsKey));

    /// <summary>The configured mode, the environment's default when unset, or null for a value that is not a mode.</summary>
    public static SignUpMode? ReadMode(string? value, bool isDevelopment) =>
        string.IsNullOrWhiteSpace(value) ? (isDevelopment ? SignUpMode.Open : SignUpMode.Invite)
        : value.Trim().All(char.IsAsciiLetter) && Enum.TryParse<SignUpMode>(value.Trim(), ignoreCase: true, out var mode) ? mode
        : null;

    /// <summary>
    /// Whether the address may create an account without an invitation. Under invite, the first account on an empty
    /// instance may join: somebody has to become the admin who invites the rest.
    /// </summary>
    public bool AdmitsWithoutInvitation(string normalizedEmail, bool instanceIsEmpty) => Mode switch
    {
        SignUpMode.Open => true,
        SignUpMode.Allowlist => IsAllowListed(normalizedEmail),
        SignUpMode.Invite => instanceIsEmpty,
        _ => false,
    };

    /// <summary>Whether an invitation can let someone join at all.</summary>
    public bool HonoursInvitations => Mode != SignUpMode.Closed;

    private bool IsAllowListed(string normalizedEmail) =>
        _emails.Contains(normalizedEmail) || _domains.Contains(normalizedEmail[(normalizedEmail.LastIndexOf('@') + 1)..]);
}

namespace FitFolio.Api.Infrastructure.Email;

/// <summary>
/// One mail to one recipient. <see cref="Link"/> is the main action link, shown by the development outbox and
/// never logged outside Development. Properties are get-only so a <c>with</c> expression cannot skip the guard.
/// </summary>
public sealed record EmailMessage
{
    public EmailMessage(string to, string subject, string textBody, string htmlBody, Uri? link = null)
    {
        To = HeaderValue(to, nameof(to));
        Subject = HeaderValue(subject, nameof(subject));
        TextBody = textBody ?? throw new ArgumentNullException(nameof(textBody));
        HtmlBody = htmlBody ?? throw new ArgumentNullException(nameof(htmlBody));
        Link = link;
    }

    public string To { get; }
    public string Subject { get; }
    public string TextBody { get; }
    public string HtmlBody { get; }
    public Uri? Link { get; }

    /// <summary>The part after the last '@': what logs may name instead of the whole address.</summary>
    public string RecipientDomain => To[(To.LastIndexOf('@') + 1)..];

    // Callers validate earlier; this is the last line of defence against header injection.
    private static string HeaderValue(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("must not contain a line break (CR or LF)", name);
        }

        return value;
    }
}

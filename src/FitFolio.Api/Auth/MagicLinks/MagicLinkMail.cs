using System.Net;
using FitFolio.Api.Infrastructure.Email;

namespace FitFolio.Api.Auth.MagicLinks;

/// <summary>The sign-in email, in plain text and HTML.</summary>
public static class MagicLinkMail
{
    public static EmailMessage Compose(string to, Uri link, int ttlMinutes, bool isNewAccount)
    {
        var action = isNewAccount ? "create your FitFolio account and sign in" : "sign in to FitFolio";
        var text =
            $"""
            Hello,

            Use this link to {action}:

            {link}

            It works once and expires in {ttlMinutes} minutes. If you did not ask for it, ignore this email:
            nobody can sign in without opening the link.
            """;
        var href = WebUtility.HtmlEncode(link.AbsoluteUri);
        var html =
            $"""
            <!doctype html>
            <html><body style="font-family:system-ui,sans-serif;line-height:1.5">
            <p>Hello,</p>
            <p>Use this link to {action}:</p>
            <p><a href="{href}" style="display:inline-block;padding:12px 20px;background:#1f6feb;color:#fff;border-radius:6px;text-decoration:none">Sign in to FitFolio</a></p>
            <p style="color:#555">Or paste this address into your browser:<br>{href}</p>
            <p style="color:#555">It works once and expires in {ttlMinutes} minutes. If you did not ask for it, ignore this email.</p>
            </body></html>
            """;
        return new EmailMessage(to, "Your FitFolio sign-in link", text, html, link);
    }

    /// <summary>What a disabled account gets instead of a link: the page said "check your mail" to everyone, the mail says why.</summary>
    public static EmailMessage ComposeDisabled(string to)
    {
        const string text =
            """
            Hello,

            Someone asked to sign in to FitFolio with this address, but an administrator of this FitFolio has disabled
            the account, so no sign-in link was sent. Ask them if you think this is a mistake.
            If you did not ask to sign in, ignore this email.
            """;
        const string html =
            """
            <!doctype html>
            <html><body style="font-family:system-ui,sans-serif;line-height:1.5">
            <p>Hello,</p>
            <p>Someone asked to sign in to FitFolio with this address, but an administrator of this FitFolio has disabled the account, so no sign-in link was sent. Ask them if you think this is a mistake.</p>
            <p style="color:#555">If you did not ask to sign in, ignore this email.</p>
            </body></html>
            """;
        return new EmailMessage(to, "Your FitFolio account is disabled", text, html, null);
    }
}

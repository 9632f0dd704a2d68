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
}

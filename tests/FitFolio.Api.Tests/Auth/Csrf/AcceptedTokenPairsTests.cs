using System.Security.Claims;
using FitFolio.Api.Auth.Csrf;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FitFolio.Api.Tests.Auth.Csrf;

public sealed class AcceptedTokenPairsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly AcceptedTokenPairs _accepted;

    public AcceptedTokenPairsTests()
    {
        var options = new AntiforgeryOptions { HeaderName = CsrfProtection.HeaderName };
        options.Cookie.Name = "fitfolio_csrf";
        _accepted = new AcceptedTokenPairs(Options.Create(options), _time);
    }

    [Fact]
    public void A_remembered_pair_is_accepted_again_for_the_same_user()
    {
        _accepted.Remember(Request("cookie-token", "header-token", "user-1"));

        Assert.True(_accepted.WereAccepted(Request("cookie-token", "header-token", "user-1")));
    }

    [Fact]
    public void A_remembered_pair_is_not_accepted_for_another_user()
    {
        _accepted.Remember(Request("cookie-token", "header-token", "user-1"));

        Assert.False(_accepted.WereAccepted(Request("cookie-token", "header-token", "user-2")));
    }

    [Fact]
    public void A_pair_remembered_for_a_user_is_not_accepted_signed_out()
    {
        _accepted.Remember(Request("cookie-token", "header-token", "user-1"));

        Assert.False(_accepted.WereAccepted(Request("cookie-token", "header-token", user: null)));
    }

    [Fact]
    public void A_different_header_token_is_not_accepted()
    {
        _accepted.Remember(Request("cookie-token", "header-token", "user-1"));

        Assert.False(_accepted.WereAccepted(Request("cookie-token", "header-tokeN", "user-1")));
    }

    [Fact]
    public void A_remembered_pair_is_forgotten_after_its_lifetime()
    {
        _accepted.Remember(Request("cookie-token", "header-token", "user-1"));

        _time.Advance(AcceptedTokenPairs.Lifetime);

        Assert.False(_accepted.WereAccepted(Request("cookie-token", "header-token", "user-1")));
    }

    [Fact]
    public void A_signed_in_user_without_an_id_claim_is_never_remembered()
    {
        var context = Request("cookie-token", "header-token", user: null);
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Email, "kate@example.com")], "Session"));

        _accepted.Remember(context);

        Assert.False(_accepted.WereAccepted(context));
    }

    [Fact]
    public void Past_its_capacity_the_memory_starts_again_from_empty()
    {
        _accepted.Remember(Request("cookie-token", "first", "user-1"));
        for (var i = 1; i < AcceptedTokenPairs.Capacity; i++)
        {
            _accepted.Remember(Request("cookie-token", $"header-{i}", "user-1"));
        }

        _accepted.Remember(Request("cookie-token", "one-too-many", "user-1"));

        Assert.False(_accepted.WereAccepted(Request("cookie-token", "first", "user-1")));
        Assert.True(_accepted.WereAccepted(Request("cookie-token", "one-too-many", "user-1")));
    }

    private static DefaultHttpContext Request(string cookie, string header, string? user)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"fitfolio_csrf={cookie}";
        context.Request.Headers[CsrfProtection.HeaderName] = header;
        if (user is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], "Session"));
        }

        return context;
    }
}

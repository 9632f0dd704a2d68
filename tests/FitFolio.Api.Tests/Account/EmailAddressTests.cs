using FitFolio.Api.Account;

namespace FitFolio.Api.Tests.Account;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("victim@example.com.")]
    [InlineData("victim@example.com\u200b")]
    [InlineData("victim@ex\u00adample.com")]
    [InlineData("victim@example.com\ufeff")]
    [InlineData("vic\u200dtim@example.com")]
    [InlineData("victim@ex\u0430mple.com")]
    [InlineData("victim@\u0440aypal.com")]
    public void Invisible_characters_trailing_dots_and_mixed_script_domains_are_refused(string email)
    {
        Assert.NotNull(EmailAddress.Problem(email));
    }

    [Theory]
    [InlineData("kate@example.com")]
    [InlineData("kate@b\u00fccher.de")]
    [InlineData("taro@\u4f8b\u3048.jp")]
    [InlineData("ivan@\u043f\u0440\u0438\u043c\u0435\u0440.com")]
    [InlineData("victim@\uff45xample.com")]
    [InlineData("victim@example\u3002com")]
    public void Ordinary_and_internationalised_addresses_are_accepted(string email)
    {
        Assert.Null(EmailAddress.Problem(email));
    }

    [Theory]
    [InlineData("Victim@Example.COM")]
    [InlineData("victim@\uff45xample.com")]
    [InlineData("victim@example\u3002com")]
    [InlineData("victim@\uff25\uff38\uff21\uff2d\uff30\uff2c\uff25.com")]
    public void Full_width_letters_and_ideographic_full_stops_key_as_the_ascii_domain(string email)
    {
        Assert.Equal("victim@example.com", EmailAddress.Normalize(email));
    }

    [Fact]
    public void An_internationalised_domain_keys_by_its_ascii_form()
    {
        Assert.Equal("kate@xn--bcher-kva.de", EmailAddress.Normalize("Kate@B\u00fccher.de"));
    }

    [Fact]
    public void A_full_width_domain_is_stored_and_mailed_in_its_mapped_form()
    {
        Assert.Equal("Victim@example.com", EmailAddress.Canonical("Victim@\uff45xample\u3002com"));
    }
}

using FitFolio.Api.Infrastructure.Email;

namespace FitFolio.Api.Tests.Infrastructure.Email;

public sealed class EmailMessageTests
{
    [Theory]
    [InlineData("lifter@example.com\r\nBcc: victim@example.com")]
    [InlineData("lifter@example.com\nBcc: victim@example.com")]
    [InlineData("lifter@example.com\r")]
    public void A_recipient_with_a_line_break_is_refused(string to)
    {
        var error = Assert.Throws<ArgumentException>(() => new EmailMessage(to, "Sign in", "text", "<p>html</p>"));

        Assert.Equal("to", error.ParamName);
    }

    [Theory]
    [InlineData("Sign in\r\nBcc: victim@example.com")]
    [InlineData("Sign in\nX-Injected: yes")]
    public void A_subject_with_a_line_break_is_refused(string subject)
    {
        var error = Assert.Throws<ArgumentException>(() => new EmailMessage("lifter@example.com", subject, "text", "<p>html</p>"));

        Assert.Equal("subject", error.ParamName);
    }

    [Fact]
    public void Line_breaks_in_the_bodies_are_fine()
    {
        var message = new EmailMessage("lifter@example.com", "Sign in", "line one\r\nline two", "<p>one</p>\n<p>two</p>");

        Assert.Equal("example.com", message.RecipientDomain);
    }
}

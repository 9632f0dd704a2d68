namespace FitFolio.Api.Infrastructure.Email;

public static class EmailExtensions
{
    /// <summary>The mail queue and its dispatcher, with SMTP when Email:Smtp:Host is set and the development outbox otherwise.</summary>
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<EmailQueue>();
        services.AddSingleton<IEmailQueue>(sp => sp.GetRequiredService<EmailQueue>());
        services.AddHostedService<EmailDispatcher>();
        if (string.IsNullOrWhiteSpace(builder.Configuration["Email:Smtp:Host"]))
        {
            services.AddSingleton<DevelopmentOutbox>();
            services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<DevelopmentOutbox>());
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        return builder;
    }
}

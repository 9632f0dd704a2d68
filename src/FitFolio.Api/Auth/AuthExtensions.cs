using Fido2NetLib;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.Csrf;
using FitFolio.Api.Auth.MagicLinks;
using FitFolio.Api.Auth.Passkeys;
using FitFolio.Api.Auth.RateLimits;
using FitFolio.Api.Auth.Retention;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Auth.SignUp;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Infrastructure.Redis;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace FitFolio.Api.Auth;

public static class AuthExtensions
{
    /// <summary>Sessions, passkeys, CSRF, rate limits, the audit trail and the Data Protection key ring they rely on.</summary>
    public static WebApplicationBuilder AddAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<LinkRequestCookie>();
        services.AddSingleton<SignInDataPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<SignInDataPurge>());
        services.AddScoped<SessionTokenService>();
        services.AddScoped<SignIn>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<LoginAudit>();
        services.AddScoped<MagicLinkService>();
        services.AddSingleton(SignUpPolicy.From(builder.Configuration, builder.Environment.IsDevelopment()));
        services.AddScoped<AccountCreation>();
        services.AddSingleton<RelyingParty>();
        services.AddSingleton<IFido2>(sp => new Fido2(sp.GetRequiredService<RelyingParty>().Configuration, null));
        services.AddSingleton<ChallengeStore>();
        services.AddScoped<PasskeyRegistration>();
        services.AddScoped<PasskeySignIn>();
        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, _ => { });
        services.AddAuthorization();
        services.AddCsrfProtection(builder.Configuration);
        services.AddAuthRateLimits();

        // Antiforgery tokens made by one instance must hold on another: the key ring is shared.
        var dataProtection = services.AddDataProtection().SetApplicationName("FitFolio");
        if (builder.Configuration.HasRedis())
        {
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer, Microsoft.Extensions.Options.IOptions<Infrastructure.Configuration.RedisOptions>>(
                (o, redis, redisOptions) => o.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), redisOptions.Value.KeyPrefix + "data-protection-keys"));
        }
        else
        {
            dataProtection.PersistKeysToDbContext<FitFolioDbContext>();
        }

        return builder;
    }

    public static WebApplication UseAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<CsrfMiddleware>();
        return app;
    }

    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapCsrfEndpoints();
        auth.MapMagicLinkEndpoints();
        auth.MapSessionEndpoints();
        auth.MapPasskeyEndpoints();
        auth.MapLoginEventEndpoints();
        return auth;
    }
}

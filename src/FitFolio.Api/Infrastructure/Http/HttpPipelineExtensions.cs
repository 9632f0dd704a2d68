using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Observability;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

namespace FitFolio.Api.Infrastructure.Http;

public static class HttpPipelineExtensions
{
    public const string DefaultUrl = "http://localhost:8080";
    private static readonly string[] ListenAddressKeys = ["urls", "http_ports", "https_ports"];

    public const string ApiReferenceKey = "App:ApiReference";

    /// <summary>The only Host names a Development instance answers (any port).</summary>
    public static readonly string[] DevelopmentHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Errors, forwarded headers, HSTS, body limits, OpenAPI and the SPA's route constraint.</summary>
    public static WebApplicationBuilder AddHttpPipeline(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddErrorHandling();
        services.AddOpenApi();
        // A number is a JSON number: "5" for reps is a malformed request, and the OpenAPI schema says plain integer/number.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        var proxies = TrustedProxies.Read(builder.Configuration).Select(p => p.Network).OfType<System.Net.IPNetwork>().ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the configured proxies may speak for the client. With both lists empty the middleware would trust
            // every peer, so without proxies it reads no forwarded header at all.
            o.ForwardedHeaders = proxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var network in proxies)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        if (builder.Environment.IsDevelopment())
        {
            // A DNS-rebinding page reaches a development instance under the attacker's host name: answer loopback names only.
            services.PostConfigure<HostFilteringOptions>(o =>
            {
                o.AllowedHosts = [.. DevelopmentHosts];
                o.IncludeFailureMessage = false;
            });
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.DefaultLimitBytes);
        // The default listen address lives here, not in appsettings.json, where it would beat ASPNETCORE_URLS.
        if (ListenAddressKeys.All(key => string.IsNullOrEmpty(builder.Configuration[key])))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    public static WebApplication UseHttpPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRequestLogging();
        app.UseErrorHandling();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    /// <summary>
    /// The OpenAPI document at /openapi/v1.json and its interactive reference at /docs, when App:ApiReference is on
    /// (default: in Development only), so a production instance does not publish its API map unless asked to.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        if (!(app.Configuration.GetValue<bool?>(ApiReferenceKey) ?? app.Environment.IsDevelopment()))
        {
            return app;
        }

        app.MapOpenApi();
        app.MapScalarApiReference("/docs", o => o.WithTitle("FitFolio API").WithNonce().DisableDefaultFonts());
        return app;
    }
}

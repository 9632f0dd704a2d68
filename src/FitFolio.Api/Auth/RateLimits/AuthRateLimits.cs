using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Redis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RedisRateLimiting;

namespace FitFolio.Api.Auth.RateLimits;

/// <summary>
/// The sign-in rate limits (RateLimits:*) on the built-in rate limiter, per client IP (as resolved by the trusted-proxy
/// forwarded-headers rules), counted in Redis when configured. Rejections are 429 problems with Retry-After.
/// </summary>
public static class AuthRateLimits
{
    public const string MagicLinkStart = "magic-link-start";
    public const string MagicLinkVerify = "magic-link-verify";
    public const string WebAuthnStart = "webauthn-start";
    public const string WebAuthnFinish = "webauthn-finish";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddAuthRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<EmailRateLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            o.AddPolicy(MagicLinkStart, ctx => PerClientIp(ctx, MagicLinkStart, l => l.MagicLinkStartPerMinute));
            o.AddPolicy(MagicLinkVerify, ctx => PerClientIp(ctx, MagicLinkVerify, l => l.MagicLinkVerifyPerMinute));
            o.AddPolicy(WebAuthnStart, ctx => PerClientIp(ctx, WebAuthnStart, l => l.WebAuthnStartPerMinute));
            o.AddPolicy(WebAuthnFinish, ctx => PerClientIp(ctx, WebAuthnFinish, l => l.WebAuthnFinishPerMinute));
        });
        return services;
    }

    public static string ClientKey(HttpContext context) => ClientKey(context.Connection.RemoteIpAddress);

    /// <summary>
    /// The client a limit counts: IPv4-mapped IPv6 as its IPv4 address, other IPv6 by its /64, since one subscriber
    /// usually holds a whole /64 and could otherwise take a fresh address for every request.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 ? new IPNetwork(Prefix64(address), 64).ToString() : address.ToString();
    }

    private static IPAddress Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }

    private static RateLimitPartition<string> PerClientIp(HttpContext context, string policy, Func<RateLimitOptions, int> limit)
    {
        var services = context.RequestServices;
        var permits = limit(services.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return services.GetRequiredService<IRateLimitPartitions>().FixedWindow($"{policy}:{ClientKey(context)}", permits, Window);
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = RetryAfter(rejected.Lease) ?? Window;
        var policy = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "unknown";
        await WriteRejectionAsync(rejected.HttpContext, policy, retryAfter, cancellationToken);
    }

    /// <summary>429 + Retry-After + a rate_limited problem, audited at most once per client, limit and window.</summary>
    public static async Task WriteRejectionAsync(HttpContext context, string limit, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var services = context.RequestServices;
        await services.GetRequiredService<LoginAudit>().RecordOncePerWindowAsync(
            LoginEventTypes.RateLimited, $"{limit}:{ClientKey(context)}", TimeSpan.FromSeconds(seconds), context, new { limit }, cancellationToken);

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await services.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many attempts",
                Detail = $"Please wait {seconds} seconds before trying again.",
                Extensions = { ["code"] = ErrorCodes.RateLimited, ["retryAfterSeconds"] = seconds },
            },
        });
    }

    /// <summary>The wait a refused lease names: the built-in limiters and RedisRateLimiting put it under different keys.</summary>
    internal static TimeSpan? RetryAfter(RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            return retryAfter;
        }

        return lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }
}

/// <summary>
/// Magic links per target address per hour: a few from one client and a higher ceiling from all, so nobody can mail-bomb
/// one inbox from many clients, and one flooding client cannot spend the owner's allowance.
/// </summary>
public sealed class EmailRateLimiter(IRateLimitPartitions partitions, IOptions<RateLimitOptions> options) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly PartitionedRateLimiter<string> _perClient = PartitionedRateLimiter.Create<string, string>(
        key => partitions.FixedWindow(key, options.Value.MagicLinkPerEmailPerHour, Window));

    private readonly PartitionedRateLimiter<string> _overall = PartitionedRateLimiter.Create<string, string>(
        key => partitions.FixedWindow(key, options.Value.MagicLinkPerEmailTotalPerHour, Window));

    /// <summary>Null when a link may be sent to this address for this client now, else how long to wait.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(string normalizedEmail, string clientKey, CancellationToken cancellationToken)
    {
        var address = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(normalizedEmail)));
        using var fromClient = await _perClient.AcquireAsync($"magic-link-email-client:{address}:{clientKey}", 1, cancellationToken);
        if (!fromClient.IsAcquired)
        {
            return AuthRateLimits.RetryAfter(fromClient) ?? Window;
        }

        using var fromAll = await _overall.AcquireAsync($"magic-link-email:{address}", 1, cancellationToken);
        return fromAll.IsAcquired ? null : AuthRateLimits.RetryAfter(fromAll) ?? Window;
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _overall.Dispose();
    }
}

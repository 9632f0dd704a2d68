using System.Net;
using FitFolio.Api.Infrastructure.Configuration;

namespace FitFolio.Api.Infrastructure.Http;

/// <summary>The proxies allowed to set X-Forwarded-*: single addresses and CIDR networks from two keys.</summary>
public static class TrustedProxies
{
    public static readonly string[] Keys = ["ForwardedHeaders:KnownProxies", "ForwardedHeaders:KnownNetworks"];

    /// <summary>Every configured entry with the key it came from; a single address is a network of one.</summary>
    public static IEnumerable<(string Key, string Value, IPNetwork? Network)> Read(IConfiguration config) =>
        Keys.SelectMany(key => ConfigurationCheck.SplitList(config, key).Select(value => (key, value, Parse(value))));

    private static IPNetwork? Parse(string value)
    {
        if (IPAddress.TryParse(value, out var address) && !value.Contains('/', StringComparison.Ordinal))
        {
            return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        }

        return IPNetwork.TryParse(value, out var network) ? network : null;
    }
}

using System.Collections.Concurrent;

namespace FitFolio.Api.Infrastructure.Observability;

/// <summary>
/// Hands out one logger per category, as the framework's own logger factory does. Serilog's factory builds a new logger
/// (with its own property cache) on every call, and ASP.NET Core asks for one per request: each typed result (Ok,
/// Created…) and each authentication handler does, which showed as a steady share of every request's allocations.
/// </summary>
internal sealed class CachedLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, inner.CreateLogger);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    /// <summary>Wraps the logger factory the services registered last (Serilog's) in a cache.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(sp => new CachedLoggerFactory(registered switch
        {
            { ImplementationInstance: ILoggerFactory instance } => instance,
            { ImplementationFactory: { } factory } => (ILoggerFactory)factory(sp),
            _ => (ILoggerFactory)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!),
        }));
    }
}

using FitFolio.Api.Admin.Users;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Infrastructure.Redis;

namespace FitFolio.Api.Admin;

/// <summary>
/// `dotnet FitFolio.Api.dll admin grant|revoke EMAIL`: changes who is admin in the configured database and exits, from
/// the same binary and configuration as the server (so `docker compose exec app …` works). Exit 0 done, 1 refused or
/// failed, 2 a usage error.
/// </summary>
public static class AdminCommand
{
    public const string Verb = "admin";

    private const string Usage = "usage: dotnet FitFolio.Api.dll admin grant|revoke EMAIL";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [Verb, "grant" or "revoke", var email, ..])
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var grant = args[1] == "grant";
        var builder = WebApplication.CreateBuilder(args[3..]);
        builder.Logging.ClearProviders();
        builder.AddSecretsFolder();
        if (!builder.TryValidateConfiguration())
        {
            return 1;
        }

        builder.AddPersistence();
        builder.Services.AddSingleton<IEphemeralStore, InMemoryEphemeralStore>();
        builder.Services.AddScoped<SessionTokenService>();
        builder.Services.AddScoped<LoginAudit>();
        builder.Services.AddAdministration();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();

        var user = await administration.FindByEmailAsync(email, CancellationToken.None);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"No account has the address {email}. They must sign in once before they can be made an admin.");
            return 1;
        }

        switch (await administration.SetAdminAsync(user.Id, grant, AdminActor.CommandLine, CancellationToken.None))
        {
            case AdminChange.Done:
                Console.WriteLine(grant ? $"{user.Email} is now an admin of this FitFolio." : $"{user.Email} is no longer an admin of this FitFolio.");
                return 0;
            case AdminChange.LastAdmin:
                await Console.Error.WriteLineAsync($"{user.Email} is the last enabled admin: grant admin to someone else first.");
                return 1;
            default:
                await Console.Error.WriteLineAsync($"No account has the address {email}.");
                return 1;
        }
    }
}

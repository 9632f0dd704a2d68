using FitFolio.Api.Admin.Invitations;
using FitFolio.Api.Admin.Users;

namespace FitFolio.Api.Admin;

public static class AdminEndpoints
{
    /// <summary>/admin/*: instance administration. Everyone but an admin gets 403 `forbidden` (anonymous: 401) on every route.</summary>
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(policy => policy.RequireRole(InstanceAdmins.Role));
        admin.MapAdminUserEndpoints();
        admin.MapInvitationEndpoints();
        return admin;
    }

    public static IServiceCollection AddAdministration(this IServiceCollection services) => services.AddScoped<UserAdministration>();
}

using FitFolio.Api.Account;
using FitFolio.Api.Admin;
using FitFolio.Api.Auth;
using FitFolio.Api.DevMailbox;
using FitFolio.Api.Exports;
using FitFolio.Api.Imports;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Infrastructure.Health;
using FitFolio.Api.Infrastructure.Http;
using FitFolio.Api.Infrastructure.Observability;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Infrastructure.Redis;
using FitFolio.Api.Training.Analytics;
using FitFolio.Api.Training.Equipment;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Programs;
using FitFolio.Api.Training.Workouts;

if (args is [HealthProbe.Argument, ..])
{
    return await HealthProbe.RunAsync(args.Length > 1 ? args[1] : null);
}

if (args is [AdminCommand.Verb, ..])
{
    return await AdminCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSecretsFolder();
if (!builder.TryValidateConfiguration())
{
    return 1;
}

builder.AddObservability();
builder.AddPersistence();
builder.AddEphemeralState();
builder.AddEmail();
builder.AddHttpPipeline();
builder.AddAuth();
builder.Services.AddImports();
builder.Services.AddAdministration();

var app = builder.Build();
app.UseHttpPipeline();
app.UseSpaFiles();
app.UseAuth();

app.MapHealthEndpoints();
app.MapApiReference();
var api = app.MapGroup("/api/v1");
api.MapAuthEndpoints();
api.MapAccountEndpoints();
api.MapAccountDeletion();
api.MapExerciseEndpoints();
api.MapProgramEndpoints();
api.MapWorkoutEndpoints();
api.MapEquipmentEndpoints();
api.MapExerciseProgressEndpoints();
api.MapAnalyticsEndpoints();
api.MapDailyMetricEndpoints();
api.MapImportEndpoints();
api.MapExportEndpoints();
api.MapDevMailboxEndpoints();
api.MapAdminEndpoints();

await app.MigrateDatabaseAsync();
await app.RunAsync();
return 0;

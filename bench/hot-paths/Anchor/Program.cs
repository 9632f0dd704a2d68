// The anchor of bench/hot-paths: each hot path's database work done with raw Npgsql on one pooled data source and
// nothing else — no EF, no middleware beyond routing, no logging per request — against the app's own database, with
// the session cookie the app issued. It reads the same rows by the same indexes as the app (ADR 0022): the session
// by token hash (current or previous token, joined to its user, last-seen written at most once a minute), then the
// route's own reads or its one upsert whose ownership and status checks live in the SQL.
//   ANCHOR_DATABASE="Host=…;Database=…" ASPNETCORE_URLS=http://127.0.0.1:PORT [ANCHOR_STACK=aspnet] dotnet Anchor.dll
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;

// ANCHOR_STACK=aspnet runs the same database work inside the ASP.NET Core stack the app is built on (its full host
// builder, an authentication handler doing the session lookup, authorization, the rate limiter, antiforgery, problem
// details, a request id and security headers) but without EF Core or logging: what that stack alone costs beside the
// bare anchor. The set write's CSRF check is left out there: the tokens are the app's, sealed with its keys.
var stacked = Environment.GetEnvironmentVariable("ANCHOR_STACK") == "aspnet";
var builder = stacked ? WebApplication.CreateBuilder(args) : WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var db = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("ANCHOR_DATABASE")
    ?? throw new InvalidOperationException("ANCHOR_DATABASE is not set"));
if (stacked)
{
    builder.Services.AddSingleton(db);
    builder.Services.AddAuthentication(SessionHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, SessionHandler>(SessionHandler.SchemeName, null);
    builder.Services.AddAuthorization();
    builder.Services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
    builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-Token");
    builder.Services.AddProblemDetails();
}

var app = builder.Build();
if (stacked)
{
    app.UseExceptionHandler();
    app.Use(SecurityHeaders.AddAsync);
    app.UseRouting();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.UseAntiforgery();
}

// The request's connection and session: looked up by the endpoint (bare) or by the authentication handler (stacked; it
// always reads the user, as the app's lookup does).
async Task<SignedIn> SignInAsync(HttpContext context, bool withUser)
{
    if (stacked)
    {
        return (SignedIn)context.Items[SessionHandler.SchemeName]!;
    }

    var connection = await db.OpenConnectionAsync(context.RequestAborted);
    try
    {
        return new SignedIn(connection, await Sessions.FindAsync(connection, context, withUser), Owned: true);
    }
    catch
    {
        await connection.DisposeAsync();
        throw;
    }
}

app.MapGet("/healthz", () => "ok");
var signedInRoutes = app.MapGroup("/api/v1");
if (stacked)
{
    signedInRoutes.RequireAuthorization();
}

signedInRoutes.MapGet("/auth/me", async (HttpContext context) =>
{
    await using var signedIn = await SignInAsync(context, withUser: true);
    return signedIn.Session is not { } session ? Results.Unauthorized() : Results.Ok(new { user = session.User, isAdmin = session.IsAdmin });
});
signedInRoutes.MapGet("/workouts/{id:guid}", async (Guid id, HttpContext context) =>
{
    await using var signedIn = await SignInAsync(context, withUser: false);
    if (signedIn.Session is not { } session)
    {
        return Results.Unauthorized();
    }

    var workout = await Workouts.LoadAsync(signedIn.Connection, session.UserId, id, context.RequestAborted);
    return workout is null ? Results.NotFound() : Results.Ok(workout);
});
signedInRoutes.MapPut("/workouts/{id:guid}/sets/{setId:guid}", async (Guid id, Guid setId, SetRequest request, HttpContext context) =>
{
    await using var signedIn = await SignInAsync(context, withUser: false);
    if (signedIn.Session is not { } session)
    {
        return Results.Unauthorized();
    }

    var (set, created) = await Workouts.PutSetAsync(signedIn.Connection, session.UserId, id, setId, request, context.RequestAborted);
    return set is null ? Results.NotFound() : created ? Results.Created($"/api/v1/workouts/{id}/sets/{setId}", set) : Results.Ok(set);
});
signedInRoutes.MapGet("/exercises", async (HttpContext context, string? search) =>
{
    await using var signedIn = await SignInAsync(context, withUser: false);
    return signedIn.Session is not { } session
        ? Results.Unauthorized()
        : Results.Ok(new { items = await Exercises.SearchAsync(signedIn.Connection, session.UserId, search, context.RequestAborted) });
});
app.Run();

/// <summary>A request's connection and its session (null when the cookie names no live one); disposes the connection it owns.</summary>
internal sealed record SignedIn(NpgsqlConnection Connection, AliveSession? Session, bool Owned) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owned ? Connection.DisposeAsync() : ValueTask.CompletedTask;
}

/// <summary>The stacked anchor's authentication: the same lookup, its connection kept for the endpoint until the response is done.</summary>
internal sealed class SessionHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, NpgsqlDataSource db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var connection = await db.OpenConnectionAsync(Context.RequestAborted);
        Context.Response.RegisterForDisposeAsync(connection);
        var session = await Sessions.FindAsync(connection, Context, withUser: true);
        if (session is null)
        {
            return AuthenticateResult.NoResult();
        }

        Context.Items[SchemeName] = new SignedIn(connection, session, Owned: false);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, session.UserId.ToString()), new Claim("sid", session.Id.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

/// <summary>The response headers the app sets on every answer, set the same way (when the response starts).</summary>
internal static class SecurityHeaders
{
    public static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers["X-Request-ID"] = context.TraceIdentifier;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

internal sealed record UserRow(
    Guid Id, string Email, string DisplayName, string Unit, string TimeZone, bool TimeZoneChosen, double PlateStepKg, DateTimeOffset CreatedAt,
    string E1rmFormula);

internal sealed record AliveSession(Guid Id, Guid UserId, bool IsAdmin, UserRow? User);

internal sealed record SetRequest(Guid? ExerciseId, int? Reps, double? WeightKg, double? Rpe, string? SetType, string? Notes, DateTimeOffset? CompletedAt);

internal sealed record SetRow(
    Guid Id, Guid ExerciseId, string ExerciseName, int Reps, double WeightKg, double? Rpe, string SetType, string? Notes, DateTimeOffset CompletedAt,
    int? DurationSeconds, double? DistanceM);

internal sealed record WorkoutExerciseRow(Guid ExerciseId, string ExerciseName, string Equipment, string Kind);

internal sealed record PlanRow(Guid ExerciseId, string ExerciseName, int Sets, int RepsMin, int RepsMax, int RestSeconds, double? TargetRpe, double? TargetWeightKg, string? Notes);

internal sealed record WorkoutRow(
    Guid Id, string Status, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string? Notes, Guid? TemplateId, string? TemplateName,
    List<WorkoutExerciseRow> Exercises, List<PlanRow> Plan, List<SetRow> Sets, double TotalVolumeKg);

internal sealed record ExerciseRow(Guid Id, string Name, string[] PrimaryMuscles, string[] SecondaryMuscles, string Equipment, string Kind, bool IsCustom, bool IsArchived);

internal static class Sessions
{
    private static readonly TimeSpan IdleLimit = TimeSpan.FromDays(7);
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    // The app's lookup: the current token's hash, or the previous one within its grace period, joined to the user.
    private const string Find = """
        SELECT s.id, s.user_id, s.revoked_at, s.expires_at, s.last_seen_at, u.is_admin, u.disabled_at,
               u.email, u.display_name, u.unit, u.time_zone, u.time_zone_chosen, u.plate_step_kg, u.created_at, u.e1rm_formula,
               s.token_hash, s.created_at, s.authenticated_at, s.rotated_at, s.previous_token_hash, s.previous_token_valid_until,
               s.ip_address, s.user_agent
        FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 OR (s.previous_token_hash = $1 AND s.previous_token_valid_until > $2)
        LIMIT 1
        """;

    public static async Task<AliveSession?> FindAsync(NpgsqlConnection connection, HttpContext context, bool withUser)
    {
        var token = context.Request.Cookies["fitfolio_session"];
        if (token is not { Length: 43 })
        {
            return null;
        }

        var now = DateTimeOffset.UtcNow;
        await using var command = new NpgsqlCommand(Find, connection);
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = SHA256.HashData(Encoding.ASCII.GetBytes(token)) });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        Guid id, userId;
        DateTimeOffset lastSeen;
        bool isAdmin;
        UserRow? user = null;
        await using (var reader = await command.ExecuteReaderAsync(context.RequestAborted))
        {
            if (!await reader.ReadAsync(context.RequestAborted) || !reader.IsDBNull(2) || reader.GetFieldValue<DateTimeOffset>(3) <= now
                || reader.GetFieldValue<DateTimeOffset>(4) + IdleLimit <= now || !reader.IsDBNull(6))
            {
                return null;
            }

            (id, userId, lastSeen, isAdmin) = (reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(4), reader.GetBoolean(5));
            if (withUser)
            {
                var unit = reader.GetString(9);
                var step = reader.IsDBNull(12) ? (unit == "Lb" ? 5 * 0.45359237 : 2.5) : reader.GetDouble(12);
                user = new UserRow(userId, reader.GetString(7), reader.GetString(8), unit == "Lb" ? "lb" : "kg", reader.GetString(10), reader.GetBoolean(11),
                    step, reader.GetFieldValue<DateTimeOffset>(13), reader.GetString(14));
            }
        }

        if (now - lastSeen >= LastSeenResolution)
        {
            await using var touch = new NpgsqlCommand("UPDATE sessions SET last_seen_at = $1 WHERE id = $2", connection);
            touch.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            touch.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
            await touch.ExecuteNonQueryAsync(context.RequestAborted);
        }

        return new AliveSession(id, userId, isAdmin, user);
    }
}

internal static class Workouts
{
    // One statement: the workout must be the user's and not abandoned, the exercise one the user may see; the exercise
    // joins the workout's list if it is not on it; the set is inserted, or updated when the id is this user's set of
    // this workout (another user's id matches nothing and answers 404).
    private const string Upsert = """
        WITH w AS (SELECT id FROM workouts WHERE id = $1 AND user_id = $2 AND status <> 'abandoned'),
             e AS (SELECT name FROM exercises WHERE id = $4 AND (user_id IS NULL OR user_id = $2)),
             listed AS (
               INSERT INTO workout_exercises (workout_id, exercise_id, position)
               SELECT w.id, $4, coalesce((SELECT max(position) + 1 FROM workout_exercises WHERE workout_id = w.id), 0) FROM w, e
               WHERE NOT EXISTS (SELECT 1 FROM workout_exercises WHERE workout_id = $1 AND exercise_id = $4)
               ON CONFLICT DO NOTHING)
        INSERT INTO workout_sets AS s (id, workout_id, user_id, exercise_id, reps, weight_kg, rpe, set_type, notes, completed_at, created_at)
        SELECT $3, w.id, $2, $4, $5, $6, $7, $8, $9, $10, $11 FROM w, e
        ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, reps = excluded.reps, weight_kg = excluded.weight_kg, rpe = excluded.rpe,
          set_type = excluded.set_type, notes = excluded.notes, completed_at = excluded.completed_at
          WHERE s.workout_id = excluded.workout_id AND s.user_id = excluded.user_id
        RETURNING (xmax = 0), (SELECT name FROM e), s.completed_at, s.duration_seconds, s.distance_m
        """;

    public static async Task<(SetRow? Set, bool Created)> PutSetAsync(
        NpgsqlConnection connection, Guid userId, Guid workoutId, Guid setId, SetRequest request, CancellationToken cancellationToken)
    {
        if (request.ExerciseId is not { } exerciseId)
        {
            return (null, false);
        }

        var now = DateTimeOffset.UtcNow;
        await using var command = new NpgsqlCommand(Upsert, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = workoutId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = userId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = setId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = exerciseId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Reps ?? 0 });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = request.WeightKg ?? 0 });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)request.Rpe ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Double });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.SetType ?? "working" });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)request.Notes ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = (request.CompletedAt ?? now).ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (null, false);
        }

        return (new SetRow(setId, exerciseId, reader.GetString(1), request.Reps ?? 0, request.WeightKg ?? 0, request.Rpe, request.SetType ?? "working",
            request.Notes, reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetDouble(4)),
            reader.GetBoolean(0));
    }

    // The app's four reads of a workout: the row, its plan, its exercise list and its sets with their exercises' names.
    private const string Workout = """
        SELECT id, status, started_at, completed_at, notes, template_id, template_name, user_id FROM workouts WHERE id = $1 AND user_id = $2
        """;

    private const string Plan = """
        SELECT p.exercise_id, e.name, p.sets, p.reps_min, p.reps_max, p.rest_seconds, p.target_rpe, p.target_weight_kg, p.notes,
               p.id, p.position, p.last_performed_at, p.last_weight_kg, p.last_reps, p.target_reps, p.set_weights_kg, p.set_reps,
               p.last_set_amrap, p.progression_reason
        FROM workout_plan_items p JOIN exercises e ON e.id = p.exercise_id WHERE p.workout_id = $1 ORDER BY p.position
        """;

    private const string ExerciseList = """
        SELECT we.exercise_id, e.name, e.equipment, e.kind
        FROM workout_exercises we JOIN exercises e ON e.id = we.exercise_id WHERE we.workout_id = $1 ORDER BY we.position
        """;

    private const string Sets = """
        SELECT s.id, s.exercise_id, e.name, s.reps, s.weight_kg, s.rpe, s.set_type, s.notes, s.completed_at, s.duration_seconds, s.distance_m,
               s.workout_id, s.user_id, s.created_at
        FROM workout_sets s JOIN exercises e ON e.id = s.exercise_id WHERE s.workout_id = $1 ORDER BY s.completed_at, s.created_at, s.id
        """;

    public static async Task<WorkoutRow?> LoadAsync(NpgsqlConnection connection, Guid userId, Guid id, CancellationToken cancellationToken)
    {
        WorkoutRow workout;
        await using (var command = Command(connection, Workout, id, userId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            workout = new WorkoutRow(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetGuid(5), reader.IsDBNull(6) ? null : reader.GetString(6), [], [], [], 0);
        }

        await using (var command = Command(connection, Plan, id))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                workout.Plan.Add(new PlanRow(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                    reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetDouble(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8)));
            }
        }

        await using (var command = Command(connection, ExerciseList, id))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                workout.Exercises.Add(new WorkoutExerciseRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var volume = 0.0;
        await using (var command = Command(connection, Sets, id))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var set = new SetRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3), reader.GetDouble(4),
                    reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.GetFieldValue<DateTimeOffset>(8), reader.IsDBNull(9) ? null : reader.GetInt32(9), reader.IsDBNull(10) ? null : reader.GetDouble(10));
                workout.Sets.Add(set);
                volume += set.SetType == "warmup" ? 0 : set.WeightKg * set.Reps;
            }
        }

        return workout with { TotalVolumeKg = volume };
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params Guid[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = value });
        }

        return command;
    }
}

internal static class Exercises
{
    // The app's query: every exercise the user may see that is not archived; the words are matched here, as the app does.
    private const string Visible = """
        SELECT id, name, primary_muscles, secondary_muscles, equipment, kind, user_id, is_archived, slug, unique_name, search_name
        FROM exercises WHERE (user_id IS NULL OR user_id = $1) AND NOT is_archived
        """;

    public static async Task<List<ExerciseRow>> SearchAsync(NpgsqlConnection connection, Guid userId, string? search, CancellationToken cancellationToken)
    {
        var words = (search ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<(ExerciseRow Row, string SearchName)>();
        await using var command = new NpgsqlCommand(Visible, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = userId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var searchName = reader.GetString(10);
            var nameWords = searchName.Split(' ', '-', '(', ')', ',');
            if (words.All(w => nameWords.Any(n => n.StartsWith(w, StringComparison.Ordinal))))
            {
                found.Add((new ExerciseRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2).Split(','), reader.GetString(3).Split(','),
                    reader.GetString(4), reader.GetString(5), !reader.IsDBNull(6), reader.GetBoolean(7)), searchName));
            }
        }

        return [.. found.OrderBy(f => f.SearchName, StringComparer.Ordinal).Select(f => f.Row)];
    }
}

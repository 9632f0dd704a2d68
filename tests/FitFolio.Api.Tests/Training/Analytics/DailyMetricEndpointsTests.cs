using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using static FitFolio.Api.Tests.Training.Analytics.AnalyticsSessions;

namespace FitFolio.Api.Tests.Training.Analytics;

public sealed class DailyMetricEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_day_is_created_then_replaced_under_its_date(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var created = await (await browser.PutAsync("/api/v1/metrics/daily/2026-11-24", new { bodyWeightKg = 82.5, sleepHours = 7.5, sleepQuality = 4, notes = " ok " }))
            .JsonAsync(HttpStatusCode.Created);
        var replaced = await (await browser.PutAsync("/api/v1/metrics/daily/2026-11-24", new { bodyWeightKg = 82.1, energy = 5 })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("2026-11-24", 82.5, "ok"), (created.GetProperty("date").GetString(), created.GetProperty("bodyWeightKg").GetDouble(), created.GetProperty("notes").GetString()));
        var day = Assert.Single((await browser.GetJsonAsync("/api/v1/metrics/daily")).Items());
        Assert.Equal((82.1, 5, JsonValueKind.Null), (day.GetProperty("bodyWeightKg").GetDouble(), day.GetProperty("energy").GetInt32(), day.GetProperty("sleepHours").ValueKind));
        Assert.Equal(replaced.GetRawText(), day.GetRawText());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Days_are_listed_oldest_first_from_to(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        foreach (var date in new[] { "2026-11-03", "2026-11-01", "2026-11-02", "2026-11-04" })
        {
            await (await browser.PutAsync($"/api/v1/metrics/daily/{date}", new { energy = 3 })).JsonAsync(HttpStatusCode.Created);
        }

        var days = await browser.GetJsonAsync("/api/v1/metrics/daily?from=2026-11-02&to=2026-11-03");

        Assert.Equal(["2026-11-02", "2026-11-03"], days.Items().Select(d => d.GetProperty("date").GetString()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_deleted_day_is_gone_and_deleting_it_again_is_not_found(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.PutAsync("/api/v1/metrics/daily/2026-11-24", new { energy = 3 });

        var deleted = await browser.DeleteAsync("/api/v1/metrics/daily/2026-11-24");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await browser.GetJsonAsync("/api/v1/metrics/daily")).Items());
        await (await browser.DeleteAsync("/api/v1/metrics/daily/2026-11-24")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_days_are_neither_seen_nor_deleted(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        await kate.PutAsync("/api/v1/metrics/daily/2026-11-24", new { energy = 3 });

        var samsList = await sam.GetJsonAsync("/api/v1/metrics/daily");
        await (await sam.DeleteAsync("/api/v1/metrics/daily/2026-11-24")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        Assert.Empty(samsList.Items());
        Assert.Single((await kate.GetJsonAsync("/api/v1/metrics/daily")).Items());
    }

    [Fact]
    public async Task Out_of_range_values_are_refused_field_by_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var refused = await browser.PutAsync("/api/v1/metrics/daily/2026-11-24",
            new { bodyWeightKg = 19.9, bodyFatPercent = 70.5, sleepHours = 25, sleepQuality = 0, energy = 6, notes = "bad\0note" });

        Assert.Equal(["bodyWeightKg", "bodyFatPercent", "sleepHours", "sleepQuality", "energy", "notes"],
            (await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Empty((await browser.GetJsonAsync("/api/v1/metrics/daily")).Items());
    }

    [Fact]
    public async Task The_limits_themselves_are_accepted()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PutAsync("/api/v1/metrics/daily/2026-11-24",
            new { bodyWeightKg = 400, bodyFatPercent = 2, sleepHours = 0, sleepQuality = 5, energy = 1, notes = new string('n', 500) });

        await response.JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_date_that_is_not_a_calendar_date_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var put = await browser.PutAsync("/api/v1/metrics/daily/2026-02-30", new { energy = 3 });
        var delete = await browser.DeleteAsync("/api/v1/metrics/daily/today");
        var list = await browser.GetAsync("/api/v1/metrics/daily?from=24.11.2026");

        Assert.Equal(["date"], (await put.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Equal(["date"], (await delete.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Equal(["from"], (await list.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }
}

using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Http;

/// <summary>One paging rule for every list: page ≥ 1, 1 ≤ pageSize ≤ 100, 400 validation_failed otherwise.</summary>
public sealed class PagingTests
{
    public static TheoryData<DatabaseProvider, string, string> BadPagesOfEveryList()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new Providers())
        {
            foreach (var list in new[] { "/api/v1/auth/events", "/api/v1/workouts" })
            {
                data.Add(provider, list + "?pageSize=2147483647", "pageSize");
                data.Add(provider, list + "?pageSize=-5", "pageSize");
                data.Add(provider, list + "?pageSize=0", "pageSize");
                data.Add(provider, list + "?page=-2147483648", "page");
                data.Add(provider, list + "?page=0", "page");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadPagesOfEveryList))]
    public async Task A_page_or_page_size_out_of_range_is_a_validation_problem(DatabaseProvider provider, string path, string field)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.GetAsync(path);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal([field], problem.ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_page_whose_offset_overflows_an_int_is_empty_not_the_first_page(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.StartWorkoutAsync();

        var page = await browser.GetJsonAsync("/api/v1/workouts?page=2147483647&pageSize=100");

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(2147483647, page.GetProperty("page").GetInt32());
    }
}

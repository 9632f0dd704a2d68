using System.Net;
using System.Text.Json;

namespace FitFolio.Api.Tests.Support;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the given status and code, carrying the response's request id.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        var requestId = problem.GetProperty("requestId").GetString();
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Equal(requestId, response.Headers.GetValues("X-Request-ID").Single());
        return problem;
    }
}

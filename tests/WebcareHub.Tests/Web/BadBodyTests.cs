using System.Net;
using System.Text;
using System.Text.Json;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Web;

/// <summary>A body that is no JSON, or JSON of the wrong shape, gets Problem Details that say so (attack on the running build).</summary>
public sealed class BadBodyTests
{
    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("{\"email\": 5, \"password\": []}")]
    public async Task Login_WithABodyItCannotRead_AnswersProblemDetailsNamingTheBody(string body)
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();

        var response = await http.PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("body", problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}

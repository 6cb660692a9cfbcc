using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Staff;

public sealed class AuthEndpointsTests
{
    [Fact]
    public async Task Login_SignsInWithACookie_AndMeTellsWhoAndWhichRoles()
    {
        await using var app = new WebcareAppFactory();
        var http = await app.CreateClientForAsync("anna@webcarehub.example", StaffRoles.Supervisor);

        var me = await http.GetFromJsonAsync<StaffProfile>("/api/auth/me");

        Assert.Equal(("anna@webcarehub.example", "Anna", StaffRoles.Supervisor), (me!.Email, me.DisplayName, me.Roles.Single()));
    }

    [Fact]
    public async Task Me_ReturnsUnauthorized_WithoutSignIn()
    {
        await using var app = new WebcareAppFactory();

        var response = await app.CreateHttpClient().GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_ReturnsUnauthorizedProblem_WhenThePasswordIsWrongOrTheUserUnknown()
    {
        await using var app = new WebcareAppFactory();
        await app.CreateClientForAsync("anna@webcarehub.example");
        var http = app.CreateHttpClient();

        var wrong = await http.PostAsJsonAsync("/api/auth/login", new { email = "anna@webcarehub.example", password = "nope-nope-1" });
        var unknown = await http.PostAsJsonAsync("/api/auth/login", new { email = "nobody@webcarehub.example", password = "nope-nope-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await WithoutTraceIdAsync(wrong), await WithoutTraceIdAsync(unknown));
    }

    [Fact]
    public async Task Login_RefusesEvenTheRightPassword_WithTheSameAnswerAsForAnUnknownAddress_WhileLocked()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync("anna@webcarehub.example");
        var http = app.CreateHttpClient();
        for (var i = 0; i < 5; i++)
            await http.PostAsJsonAsync("/api/auth/login", new { email = "anna@webcarehub.example", password = "wrong-password" });

        var right = await http.PostAsJsonAsync("/api/auth/login", new { email = "anna@webcarehub.example", password = StaffLogin.Password });
        var unknown = await http.PostAsJsonAsync("/api/auth/login", new { email = "nobody@webcarehub.example", password = StaffLogin.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(await WithoutTraceIdAsync(unknown), await WithoutTraceIdAsync(right));
    }

    [Theory]
    [InlineData("/console/", true)]
    [InlineData("/console/?lang=en#queue", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("/\\/evil.example", false)]
    [InlineData("\\\\evil.example", false)]
    [InlineData("/\t/evil.example", false)]
    [InlineData("/console/\\..\\..", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("evil.example", false)]
    [InlineData("", false)]
    public void ReturnUrl_IsLocal_OnlyForAPathOnThisSite(string url, bool local)
    {
        Assert.Equal(local, ReturnUrls.IsLocal(url));
    }

    [Fact]
    public async Task LoginPage_DropsAReturnUrlThatLeavesTheSite()
    {
        await using var app = new WebcareAppFactory();
        using var http = app.ClientWithCookie("none=1");

        var response = await http.GetAsync("/login/?lang=en&ReturnUrl=/%5Cevil.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/?lang=en", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/login/?ReturnUrl=%2Fconsole%2F")).StatusCode);
    }

    [Theory]
    [InlineData("/console/?lang=en", "/console/?lang=en")]
    [InlineData("/\\evil.example", null)]
    [InlineData("//evil.example", null)]
    [InlineData("https://evil.example/", null)]
    public async Task Login_AnswersTheReturnUrl_OnlyWhenItIsLocal(string returnUrl, string? next)
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync("anna@webcarehub.example");

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/auth/login",
            new { email = "anna@webcarehub.example", password = StaffLogin.Password, returnUrl });

        Assert.Equal(next, (await response.Content.ReadFromJsonAsync<SignedIn>())!.Next);
    }

    internal static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return $"{response.Content.Headers.ContentType} {problem.ToJsonString()}";
    }


    [Fact]
    public async Task Login_ReturnsValidationProblem_WhenFieldsAreMissing()
    {
        await using var app = new WebcareAppFactory();

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/auth/login", new { email = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Parse_IsForSignedInStaff_WhenNotOpened()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Understanding:OpenParseEndpoint"] = "false" });
        var staff = await app.CreateClientForAsync("editor@webcarehub.example", StaffRoles.Webcare);

        var anonymous = await app.CreateHttpClient().PostAsJsonAsync("/api/nlu/parse", new { text = "morgen" });
        var signedIn = await staff.PostAsJsonAsync("/api/nlu/parse", new { text = "morgen" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task DemoStaff_CannotSignIn_AndLoseTheirSessions_OnceDemoAccountsAreOff()
    {
        var folder = Directory.CreateTempSubdirectory("webcarehub-demo-");
        try
        {
            var file = Path.Combine(folder.FullName, "webcare.db");
            var keys = Path.Combine(folder.FullName, "keys");
            string cookie;
            await using (var development = new WebcareAppFactory(file, new()
            {
                ["Staff:SeedDemoUsers"] = "true",
                ["Staff:DemoPassword"] = "Demo-password-1",
                ["KeyRing:Path"] = keys,
            }))
            {
                development.Start();
                cookie = await development.SignInCookieAsync("admin@webcarehub.example", "Demo-password-1");
            }

            await using var production = new WebcareAppFactory(file, new() { ["KeyRing:Path"] = keys });
            production.Start();
            production.Clock.Advance(TimeSpan.FromSeconds(31));
            var login = await production.CreateHttpClient().PostAsJsonAsync("/api/auth/login",
                new { email = "admin@webcarehub.example", password = "Demo-password-1" });
            var me = await production.ClientWithCookie(cookie).GetAsync("/api/auth/me");

            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DemoStaff_AreCreatedWithTheirRoles_WhenSeedingIsOn()
    {
        await using var app = new WebcareAppFactory(settings: new()
        {
            ["Staff:SeedDemoUsers"] = "true",
            ["Staff:DemoPassword"] = "Demo-password-1",
        });
        var http = app.CreateHttpClient();

        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = "supervisor@webcarehub.example", password = "Demo-password-1" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(StaffRoles.Supervisor, (await login.Content.ReadFromJsonAsync<StaffProfile>())!.Roles);
    }
}

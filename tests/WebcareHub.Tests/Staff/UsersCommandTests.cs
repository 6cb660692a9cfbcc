using System.Net;
using System.Net.Http.Json;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Staff;

public sealed class UsersCommandTests
{
    [Fact]
    public async Task UsersAdd_CreatesAnAccountThatCanSignIn_WithThePasswordFromStandardInput()
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();
        var output = new StringWriter();

        var exit = await UsersCommand.TryRunAsync(app.Services,
            ["users", "add", "--email", "piet@webcarehub.example", "--name", "Piet", "--role", "Agent", "--role", "Supervisor"],
            new StringReader("Sterk-wachtwoord-7\n"), output);
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = "piet@webcarehub.example", password = "Sterk-wachtwoord-7" });

        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(["Agent", "Supervisor"], (await login.Content.ReadFromJsonAsync<StaffProfile>())!.Roles.Order());
    }

    [Theory]
    [InlineData("users remove")]
    [InlineData("users add --email a@b.example")]
    public async Task UsersAdd_PrintsUsage_WhenArgumentsAreIncomplete(string commandLine)
    {
        var args = commandLine.Split(' ');
        await using var app = new WebcareAppFactory();
        app.Start();
        var output = new StringWriter();

        var exit = await UsersCommand.TryRunAsync(app.Services, args, new StringReader(""), output);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", output.ToString());
    }

    [Fact]
    public async Task UsersAdd_RefusesAnUnknownRole()
    {
        await using var app = new WebcareAppFactory();
        app.Start();
        var output = new StringWriter();

        var exit = await UsersCommand.TryRunAsync(app.Services,
            ["users", "add", "--email", "x@webcarehub.example", "--name", "X", "--role", "Boss", "--password", "Sterk-wachtwoord-7"],
            new StringReader(""), output);

        Assert.Equal(1, exit);
        Assert.Contains("Unknown role", output.ToString());
    }

    [Fact]
    public async Task NormalStart_IsNotACommand()
    {
        await using var app = new WebcareAppFactory();
        app.Start();

        Assert.Null(await UsersCommand.TryRunAsync(app.Services, [], new StringReader(""), new StringWriter()));
    }
}

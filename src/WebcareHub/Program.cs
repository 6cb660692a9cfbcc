using WebcareHub.Agreements;
using WebcareHub.Bot;
using WebcareHub.Channels.BotConnector;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Invoices;
using WebcareHub.Staff;
using WebcareHub.Understanding;
using WebcareHub.Web;
using WebcareHub.Webcare;

var builder = WebApplication.CreateBuilder(args);
if (args is not ["users" or "payments", ..] && LoopbackGuard.Refusal(builder.Configuration, builder.Environment) is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal);
    return 1;
}
builder.Services.AddSingleton(TimeProvider.System);
builder.AddErrorHandling();
builder.AddKeyRing();
builder.AddData();
builder.AddConversations();
builder.AddBot();
builder.AddUnderstanding();
builder.AddAgreements();
builder.AddHandoff();
builder.AddStaff();
builder.AddDirectLine();
builder.AddBotConnector();
builder.AddFollowUps();
builder.AddPayments();
builder.AddWebcare();

var app = builder.Build();
app.Services.LoadDialogs();
// The models load on a second core while the database is migrated and seeded.
var understanding = Task.Run(app.Services.LoadUnderstanding);
await app.PrepareDatabaseAsync();
await understanding;
await app.PrepareStaffAsync();
if (await UsersCommand.TryRunAsync(app.Services, args, Console.In, Console.Out) is { } exitCode) return exitCode;
if (await PaymentsCommand.TryRunAsync(app.Services, args, Console.Out) is { } paymentsExit) return paymentsExit;

app.UseKnownProxies();
app.UseSecurityHeaders();
app.UseErrorHandling();
app.UseWebSockets();
app.UseDirectLineCors();
app.UseRateLimiter();
app.UseHubOrigins();
app.UseAuthentication();
app.UseAuthorization();
app.UseLocalReturnUrls();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapHealthChecks("/health");
app.MapDirectLine();
app.MapChatToken();
app.MapBotConnector();
app.MapNlu();
app.MapStaffAuth();
app.MapHandoff();
app.MapFollowUps();
app.MapPayments();
app.MapWebcare();
app.PrintWhereToGo();

app.Run();
return 0;

public partial class Program;

using WebcareHub.Agreements;
using WebcareHub.Bot;
using WebcareHub.Channels.BotConnector;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Data;
using WebcareHub.Handoff;
using WebcareHub.Understanding;
using WebcareHub.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddErrorHandling();
builder.AddData();
builder.AddBot();
builder.AddUnderstanding();
builder.AddAgreements();
builder.AddHandoff();
builder.AddDirectLine();
builder.AddBotConnector();

var app = builder.Build();
app.Services.LoadDialogs();
await app.PrepareDatabaseAsync();

app.UseErrorHandling();
app.UseWebSockets();
app.UseDirectLineCors();
app.UseRateLimiter();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapHealthChecks("/health");
app.MapDirectLine();
app.MapChatToken();
app.MapBotConnector();
app.MapNlu();
app.PrintWhereToGo();

app.Run();

public partial class Program;

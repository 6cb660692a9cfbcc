using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using WebcareHub.Staff;
using WebcareHub.Understanding;

namespace WebcareHub.FollowUps;

public static class FollowUpsSetup
{
    public const string SweepJobId = "follow-ups-sweep";
    public const string DashboardPath = "/jobs";

    public static IHostApplicationBuilder AddFollowUps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FollowUpOptions>()
            .BindConfiguration(FollowUpOptions.Section)
            .ValidateDataAnnotations()
            .Validate(ContactWindow.IsValid, "FollowUps: contact hours \"HH:mm\" with From before Until, holiday keys such as \"easter-monday\", days \"YYYY-MM-DD\"")
            .Validate(o => o.JobStorage != "PostgreSql" || o.PostgreSqlConnectionString.Length > 0, "FollowUps: PostgreSqlConnectionString is required with JobStorage PostgreSql")
            .ValidateOnStart();
        builder.Services.AddSingleton<ContactWindow>();
        builder.Services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddSingleton<SummaryTemplates>();
        builder.Services.AddScoped<SummarySender>();
        builder.Services.AddSingleton<CallbackTexts>();
        builder.Services.AddScoped<AgreementChecks>();
        builder.Services.AddScoped<PromiseChecker>();
        builder.Services.AddScoped<ArrangementChecker>();
        builder.Services.AddScoped<PromiseCheckSchedule>();
        builder.Services.AddScoped<HandoffWaitChecker>();
        builder.Services.AddScoped<CheckPromiseJob>();
        builder.Services.AddScoped<RetentionJob>();
        builder.Services.AddScoped<SweepFollowUpsJob>();
        builder.Services.AddScoped<NpsSurveys>();
        builder.Services.AddScoped<NpsChatQuestion>();
        builder.Services.AddScoped<NpsMailer>();
        builder.Services.AddScoped<NpsReport>();

        var options = builder.Configuration.GetSection(FollowUpOptions.Section).Get<FollowUpOptions>() ?? new FollowUpOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        // One storage per host, registered before AddHangfire (which only adds what is missing), so the job client, the
        // dashboard and the server of this host use it rather than Hangfire's process-wide JobStorage.Current.
        builder.Services.AddSingleton(_ => CreateStorage(options, contentRoot));
        builder.Services.AddHangfire((services, config) => config
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogs(services.GetRequiredService<ILoggerFactory>()))
            .UseStorage(services.GetRequiredService<JobStorage>()));
        if (options.RunJobServer)
        {
            builder.Services.AddHangfireServer(o => ConfigureServer(o, options));
        }
        return builder;
    }

    /// <summary>Registers the recurring sweep (idempotent by its id) with the schedule from the settings, in Amsterdam time.</summary>
    public static WebApplication MapFollowUps(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<FollowUpOptions>>().Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Services.GetRequiredService<IOptions<UnderstandingOptions>>().Value.TimeZone);
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<SweepFollowUpsJob>(
            SweepJobId, job => job.RunAsync(CancellationToken.None), options.SweepSchedule, new RecurringJobOptions { TimeZone = zone });
        // The app's own sign-in and roles instead of Hangfire's local-requests-only filter: Supervisors read, Admins may act.
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(StaffRoles.Admin),
            DisplayStorageConnectionString = false,
            AppPath = "/console/",
        }).RequireAuthorization(StaffPolicies.SeeJobs);
        app.MapGet("/api/follow-ups/status", FollowUpStatus.GetAsync).RequireAuthorization(StaffPolicies.AnyStaff);
        app.MapNps();
        return app;
    }

    /// <summary>The job store the settings name (also used by the benchmark, so it measures what the app runs).</summary>
    public static JobStorage CreateStorage(FollowUpOptions options, string contentRoot) => options.JobStorage switch
    {
        "InMemory" => new Hangfire.InMemory.InMemoryStorage(),
        "PostgreSql" => new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(options.PostgreSqlConnectionString, new PostgreSqlStorageOptions())),
        _ => new SQLiteStorage(JobStoreFile(options, contentRoot), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(options.PollSeconds) }),
    };

    /// <summary>The job server's workers and polling as the settings say.</summary>
    public static void ConfigureServer(BackgroundJobServerOptions server, FollowUpOptions options)
    {
        server.WorkerCount = options.WorkerCount;
        server.SchedulePollingInterval = TimeSpan.FromSeconds(options.PollSeconds);
    }

    /// <summary>The job store's own file (absolute, folder created): two SQLite libraries must never share one file.</summary>
    public static string JobStoreFile(FollowUpOptions options, string contentRoot)
    {
        var path = Path.GetFullPath(options.JobStoragePath, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}

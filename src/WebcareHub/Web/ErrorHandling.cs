using Microsoft.EntityFrameworkCore;

namespace WebcareHub.Web;

public static class ErrorHandling
{
    public static IHostApplicationBuilder AddErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // A body that is no JSON, or JSON of the wrong shape: say what could not be read, not only "Bad Request".
            if (context.Exception is BadHttpRequestException bad)
                context.ProblemDetails.Detail = bad.InnerException is System.Text.Json.JsonException json
                    ? $"The request body is not valid JSON for this endpoint: {json.Message}"
                    : bad.Message;
        });
        // Minimal APIs throw on a body they cannot bind in every environment, so the handler below answers it the same way.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddValidation();
        return builder;
    }

    /// <summary>Problem Details for unhandled exceptions and bare status codes; only known exception types get their own status.</summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e switch
            {
                DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
                BadHttpRequestException bad => bad.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            },
            // A client's bad request is no fault of ours: no error-level log with a stack trace for it.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        return app;
    }
}

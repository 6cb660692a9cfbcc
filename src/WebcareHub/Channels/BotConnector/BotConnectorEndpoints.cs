using System.Text.Json;
using WebcareHub.Bot;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// <c>POST /api/messages</c>: WebcareHub as a Bot Framework bot (contract section 11). The turn runs before
/// the 200; replies go back to the activity's <c>serviceUrl</c> through <see cref="ConnectorClient"/>.
/// </summary>
public static class BotConnectorEndpoints
{
    public static IEndpointRouteBuilder MapBotConnector(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", PostMessage).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PostMessage(HttpRequest request, ChannelAuthenticator authenticator,
        ConnectorClient connector, TurnHandler turns, CancellationToken ct)
    {
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options, ct);
        }
        catch (JsonException)
        {
            return TypedResults.Problem(title: "The body is not a valid JSON activity", statusCode: StatusCodes.Status400BadRequest);
        }
        if (activity?.Type is null || activity.Conversation?.Id is null || string.IsNullOrEmpty(activity.ServiceUrl))
            return TypedResults.Problem(title: "An activity needs type, conversation.id and serviceUrl",
                statusCode: StatusCodes.Status400BadRequest);
        if (!await authenticator.IsAuthenticAsync(request, activity, ct))
            return TypedResults.Problem(title: "The request is not signed by the Bot Framework", statusCode: StatusCodes.Status401Unauthorized);

        await turns.HandleAsync(new TurnContext(activity, connector.SendAsync), ct);
        return activity.Type == ActivityTypes.Invoke
            ? TypedResults.Json(new { status = 200, body = new { } })
            : TypedResults.Ok();
    }
}

namespace WebcareHub.Channels.DirectLine;

/// <summary>The error body Direct Line clients expect on every failed call (never Problem Details).</summary>
public sealed record DirectLineError(int Status, string Code, string Message)
{
    public IResult ToResult() => TypedResults.Json(new ErrorBody(new ErrorDetail(Code, Message)), statusCode: Status);

    public static DirectLineError BadArgument(string message) => new(400, "BadArgument", message);
    public static DirectLineError MissingProperty(string message) => new(400, "MissingProperty", message);
    public static DirectLineError Unauthorized(string message) => new(401, "Unauthorized", message);
    public static DirectLineError Forbidden(string message) => new(403, "Forbidden", message);
    public static DirectLineError TokenExpired() => new(403, "TokenExpired", "Token expired");
    public static DirectLineError NotFound(string message) => new(404, "NotFound", message);
    public static DirectLineError TooLarge(string message) => new(413, "ActivityTooLarge", message);
    public static DirectLineError TooManyRequests(string message) => new(429, "TooManyRequests", message);
    public static DirectLineError UnsupportedMediaType(string message) => new(415, "UnsupportedMediaType", message);

    private sealed record ErrorBody(ErrorDetail Error);
    private sealed record ErrorDetail(string Code, string Message);
}

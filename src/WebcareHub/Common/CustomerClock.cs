using Microsoft.Extensions.Options;
using WebcareHub.Understanding;

namespace WebcareHub.Common;

/// <summary>"Today" as the customer sees it: the calendar day in the company's time zone (Europe/Amsterdam).</summary>
public sealed class CustomerClock(TimeProvider clock, IOptions<UnderstandingOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime);
}

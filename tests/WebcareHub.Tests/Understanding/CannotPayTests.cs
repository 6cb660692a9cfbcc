using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>"Toch" beside money that is not there is no change of mind: no "Prima, we stoppen hiermee".</summary>
public sealed class CannotPayTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [InlineData("ik kan het toch niet betalen")]
    [InlineData("laat maar, ik kan het toch niet betalen")]
    public void SayingTheMoneyIsNotThere_IsNoStop(string text)
    {
        var reading = Reading.Of(TestUnderstander.Instance.Understand(text, Monday), IntentSettings.Default);

        Assert.NotEqual(Understander.Cancel, reading.Intent);
        Assert.Contains(Understander.PaymentArrangement, new[] { reading.Intent, reading.Alternative });
    }

    [Theory]
    [InlineData("laat maar")]
    [InlineData("nee toch maar niet")]
    public void AStop_StaysAStop(string text) =>
        Assert.Equal(Understander.Cancel, TestUnderstander.Instance.Understand(text, Monday).Intent);
}

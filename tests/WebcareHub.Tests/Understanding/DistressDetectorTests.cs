using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

public sealed class DistressDetectorTests
{
    [Theory]
    [InlineData("Ik weet het niet meer", false, true)]
    [InlineData("ik zie het niet meer zitten", true, true)]
    [InlineData("soms wil ik er een eind aan maken", true, true)]
    [InlineData("I want to end my life", true, true)]
    [InlineData("ik lig er wakker van, ik ben zo bang", false, true)]
    [InlineData("DIT IS ECHT BELACHELIJK WAT JULLIE DOEN", false, true)]
    [InlineData("waarom krijg ik dit!!!", false, true)]
    [InlineData("jullie zijn oplichters", false, true)]
    [InlineData("ik kan niet meer dan 50 euro per maand betalen", false, false)]
    [InlineData("ik betaal vrijdag F2026-00012", false, false)]
    [InlineData("Mijn postcode is 1234 AB", false, false)]
    public void Detect_NoticesFeelings_AndTheCrisisSignal(string text, bool crisis, bool distress)
    {
        var found = DistressDetector.Detect(text);

        Assert.Equal(crisis, found.Crisis);
        Assert.Equal(distress, found.Any);
    }
}

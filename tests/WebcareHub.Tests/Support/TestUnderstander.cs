using WebcareHub.Understanding;

namespace WebcareHub.Tests.Support;

/// <summary>One set of models from the build's dialogs folder, trained once for every test that reads messages directly.</summary>
public static class TestUnderstander
{
    public static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");

    private static readonly Lazy<Understander> Shared = new(() => Understander.Load(Dialogs));

    public static Understander Instance => Shared.Value;
}

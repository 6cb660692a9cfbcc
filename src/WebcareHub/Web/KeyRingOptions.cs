namespace WebcareHub.Web;

/// <summary>Where the data-protection keys (they sign the staff cookies) are kept, and how they are protected.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "KeyRing";

    /// <summary>The folder of the key files; relative to the content root. Made readable by the app's user only (0700, files 0600).</summary>
    public string Path { get; init; } = "data/keys";

    /// <summary>A PFX file whose certificate encrypts the keys at rest; empty = the keys are protected by file permissions only.</summary>
    public string CertificatePath { get; init; } = "";

    /// <summary>The PFX file's password (from user-secrets or the environment, never a committed file).</summary>
    public string CertificatePassword { get; init; } = "";
}

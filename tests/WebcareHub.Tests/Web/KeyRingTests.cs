using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Web;

public sealed class KeyRingTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Keys_AreReadableByTheAppsUserOnly()
    {
        var folder = Path.Combine(Path.GetTempPath(), "webcarehub-keys-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = new WebcareAppFactory(settings: new() { ["KeyRing:Path"] = folder });
            await app.CreateClientForAsync("anna@webcarehub.example");

            var files = Directory.GetFiles(folder, "*.xml");
            Assert.NotEmpty(files);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.All(files, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Keys_AreEncryptedWithTheCertificate_WhenOneIsConfigured()
    {
        var folder = Path.Combine(Path.GetTempPath(), "webcarehub-keys-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=WebcareHub key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            var pfx = Path.Combine(folder, "keyring.pfx");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
            var keys = Path.Combine(folder, "keys");
            await using var app = new WebcareAppFactory(settings: new()
            {
                ["KeyRing:Path"] = keys,
                ["KeyRing:CertificatePath"] = pfx,
                ["KeyRing:CertificatePassword"] = "pfx-password",
            });

            var me = await (await app.CreateClientForAsync("anna@webcarehub.example")).GetAsync("/api/auth/me");

            Assert.True(me.IsSuccessStatusCode);
            var key = await File.ReadAllTextAsync(Directory.GetFiles(keys, "key-*.xml").Single());
            Assert.Contains("EncryptedData", key);
            Assert.Contains("X509Certificate", key);
            Assert.DoesNotContain("<value>", key);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace WebcareHub.Web;

/// <summary>
/// The data-protection key ring in a folder only the app's user can read (0700 folder, 0600 files on Unix),
/// encrypted with a certificate when <see cref="KeyRingOptions.CertificatePath"/> is set. Keys survive a
/// restart, so staff stay signed in; whoever can read them could forge a staff cookie.
/// </summary>
public static class KeyRing
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static IHostApplicationBuilder AddKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyRingOptions>()
            .BindConfiguration(KeyRingOptions.Section)
            .Validate(o => o.Path.Length > 0, "KeyRing:Path is needed")
            .ValidateOnStart();
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("WebcareHub");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<KeyRingOptions>>((o, keyRing) =>
        {
            var folder = Path.GetFullPath(keyRing.Value.Path, builder.Environment.ContentRootPath);
            o.XmlRepository = new PrivateFolderRepository(Directory.CreateDirectory(folder));
        });
        // The certificate is needed while services are registered, before options exist; a missing or wrong
        // file stops start-up here with the loader's own message.
        var settings = builder.Configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        if (settings.CertificatePath.Length > 0)
        {
            var path = Path.GetFullPath(settings.CertificatePath, builder.Environment.ContentRootPath);
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword));
        }
        return builder;
    }

    /// <summary>Writes keys like the file-system repository does, then narrows the folder's and files' permissions.</summary>
    private sealed class PrivateFolderRepository : FileSystemXmlRepository
    {
        public PrivateFolderRepository(DirectoryInfo folder) : base(folder, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)
        {
            Narrow();
        }

        public override void StoreElement(XElement element, string friendlyName)
        {
            base.StoreElement(element, friendlyName);
            Narrow();
        }

        private void Narrow()
        {
            if (OperatingSystem.IsWindows()) return;
            File.SetUnixFileMode(Directory.FullName, FolderMode);
            foreach (var file in Directory.EnumerateFiles("*.xml")) File.SetUnixFileMode(file.FullName, FileMode);
        }
    }
}

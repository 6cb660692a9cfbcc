using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WebcareHub.FollowUps;

/// <summary>Sends one message over SMTP (MailKit), or writes it as an .eml file to the pickup folder (MimeKit).</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, IHostEnvironment environment)
{
    public MailboxAddress From => new(options.Value.FromName, options.Value.FromAddress);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (o.Delivery == "Pickup")
        {
            var folder = Path.GetFullPath(o.PickupFolder, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            // Named by the message id, so a message written twice is still one file.
            await message.WriteToAsync(Path.Combine(folder, (message.MessageId ?? Guid.NewGuid().ToString("N")).Replace('@', '_') + ".eml"), ct);
            return;
        }
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(o.SmtpHost, o.SmtpPort, Enum.Parse<SecureSocketOptions>(o.SmtpSecurity), ct);
        if (o.SmtpUserName.Length > 0) await smtp.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword, ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}

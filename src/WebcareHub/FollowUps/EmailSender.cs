using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WebcareHub.FollowUps;

/// <summary>Sends one message over SMTP (MailKit), or writes it as an .eml file to the pickup folder (MimeKit).</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, IHostEnvironment environment)
{
    public MailboxAddress From => new(options.Value.FromName, options.Value.FromAddress);

    /// <summary>A plain-text message from our address in the customer's language, with a message id fixed by the caller.</summary>
    public MimeMessage Compose(string to, string language, (string Subject, string Body) content, string messageId)
    {
        var text = new TextPart("plain") { Text = content.Body };
        text.Headers.Add(HeaderId.ContentLanguage, language);
        var message = new MimeMessage { Subject = content.Subject, Body = text, MessageId = messageId };
        message.From.Add(From);
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    /// <summary>
    /// Sends the due rows of a mail queue one by one with <paramref name="trySend"/> (false: another sender claimed it).
    /// A failure the next attempt may overcome (network, TLS, an SMTP refusal) is handed to <paramref name="recordFailure"/>
    /// with its description, and the other rows still go. Returns how many went out and the last failure.
    /// </summary>
    public static async Task<(int Sent, Exception? Failure)> SendEachAsync(IEnumerable<int> ids, Func<int, Task<bool>> trySend,
        Func<int, string, Task> recordFailure)
    {
        var (sent, failure) = (0, (Exception?)null);
        foreach (var id in ids)
        {
            try
            {
                if (await trySend(id)) sent++;
            }
            catch (Exception e) when (e is IOException or SocketException or CommandException or ProtocolException or SslHandshakeException)
            {
                failure = e;
                var error = e is SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode}: {smtp.Message}" : $"{e.GetType().Name}: {e.Message}";
                await recordFailure(id, error[..Math.Min(error.Length, AgreementSummary.MaxErrorLength)]);
            }
        }
        return (sent, failure);
    }

    /// <summary>How long a queued e-mail waits after its n-th failed attempt.</summary>
    public static TimeSpan RetryPause(int attempts) => TimeSpan.FromMinutes(5 * attempts);

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
        try
        {
            await smtp.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException)
        {
            // The server took the message: a failed goodbye does not undo that, so it is no failure to retry.
        }
    }
}

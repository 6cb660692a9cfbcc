using System.Text.Json;
using Microsoft.Extensions.Options;
using WebcareHub.Conversations;
using WebcareHub.Data;

namespace WebcareHub.Channels.DirectLine;

/// <summary>File uploads into a conversation (<c>POST …/upload</c>) and the unguessable URLs that serve them.</summary>
public static class UploadEndpoint
{
    public static async Task<IResult> Upload(string conversationId, HttpRequest request, DirectLineAuth auth,
        WebcareDbContext db, ActivityIntake intake, DirectLineBot bot,
        IOptions<DirectLineOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, ct);
        if (error is not null) return error.ToResult();
        var (conversation, accessError) = await auth.OpenAsync(caller!, conversationId, ct);
        if (accessError is not null) return accessError.ToResult();
        var limits = options.Value.Uploads;
        if (!limits.Enabled) return DirectLineError.Forbidden("Uploads are switched off").ToResult();
        if (!request.HasFormContentType) return DirectLineError.BadArgument("Send files as multipart/form-data").ToResult();

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            return DirectLineError.BadArgument("The multipart body cannot be read: " + e.Message).ToResult();
        }
        var files = form.Files.Where(f => f.Name == "file").ToList();
        if (files.Count == 0) return DirectLineError.MissingProperty("At least one 'file' part is required").ToResult();
        if (files.Count > limits.MaxFiles) return DirectLineError.BadArgument($"At most {limits.MaxFiles} files per message").ToResult();
        foreach (var file in files)
        {
            if (file.Length > limits.MaxFileBytes)
                return DirectLineError.TooLarge($"A file may be at most {limits.MaxFileBytes} bytes").ToResult();
            if (!limits.ContentTypes.Contains(file.ContentType, StringComparer.OrdinalIgnoreCase))
                return DirectLineError.UnsupportedMediaType($"Files of type '{file.ContentType}' are not accepted").ToResult();
        }

        var (activity, activityError) = await ReadActivityPartAsync(form, options.Value.MaxActivityBytes, ct);
        if (activityError is not null) return activityError.ToResult();
        var userId = caller!.Token?.UserId ?? request.Query["userId"].FirstOrDefault() ?? activity.From?.Id ?? conversation!.UserId;
        activity.Type = ActivityTypes.Message;
        activity.From = new ChannelAccount(userId, conversation!.UserName, ActivityRoles.User);
        activity.Recipient = bot.BotAccount;
        activity.Attachments = [];
        var contents = new List<byte[]>();
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, ct);
            if (!FileSignatures.Matches(file.ContentType, content.GetBuffer().AsSpan(0, (int)content.Length)))
                return DirectLineError.UnsupportedMediaType($"The file '{Path.GetFileName(file.FileName)}' is not a {file.ContentType} file").ToResult();
            contents.Add(content.ToArray());
        }
        foreach (var (file, content) in files.Zip(contents))
        {
            var stored = new UploadedFile
            {
                Id = RandomIds.New(24),
                ConversationId = conversationId,
                ContentType = file.ContentType,
                Name = SafeName(file.FileName, file.ContentType),
                Content = content,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.UploadedFiles.Add(stored);
            activity.Attachments.Add(new Attachment(stored.ContentType,
                $"{request.Scheme}://{request.Host}{DirectLineEndpoints.Prefix}/attachments/{stored.Id}", Name: stored.Name));
        }
        await db.SaveChangesAsync(ct);

        var result = await intake.StoreAndQueueAsync(conversationId, activity, request, ct);
        return DirectLineEndpoints.Json(new PostActivityResponse(result.Id));
    }

    /// <summary>
    /// The kept files an activity carries. Only the upload route adds attachments to a customer's activity (a posted
    /// activity with attachments is refused), and it names each file by its id at the end of the URL; the host in
    /// that URL came from the request, so only the id is read. Another channel's activity carries no kept file,
    /// whatever its URLs look like.
    /// </summary>
    public static List<ChatFile> FilesIn(string conversationKey, Activity activity)
    {
        if (ConversationKey.DirectLineId(conversationKey) is null) return [];
        return [.. (activity.Attachments ?? [])
            .Select(a => (Attachment: a, Id: FileIdIn(a.ContentUrl)))
            .Where(f => f.Id is not null)
            .Select(f => new ChatFile(f.Id!, f.Attachment.Name ?? f.Id!, f.Attachment.ContentType ?? "application/octet-stream"))];
    }

    /// <summary>
    /// The files of a customer's activity as staff are told of them: the kept ones (<see cref="FilesIn"/>), and on a
    /// channel whose files the app does not keep, each by name without an id.
    /// </summary>
    public static List<ChatFile> FilesForStaff(string conversationKey, Activity activity) =>
        ConversationKey.DirectLineId(conversationKey) is null
            ? [.. (activity.Attachments ?? []).Select(a => ChatFile.NotKept(a.Name, a.ContentType))]
            : FilesIn(conversationKey, activity);

    private static string? FileIdIn(string? contentUrl)
    {
        const string marker = DirectLineEndpoints.Prefix + "/attachments/";
        if (!Uri.TryCreate(contentUrl, UriKind.Absolute, out var url) || !url.AbsolutePath.StartsWith(marker, StringComparison.Ordinal)) return null;
        var id = url.AbsolutePath[marker.Length..];
        return id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id : null;
    }

    public static async Task<IResult> GetAttachment(string fileId, WebcareDbContext db, HttpResponse response, CancellationToken ct)
    {
        var file = await db.UploadedFiles.FindAsync([fileId], ct);
        return file is null ? DirectLineError.NotFound("Attachment not found").ToResult() : Download(file, response);
    }

    /// <summary>
    /// The name a file is kept and offered under: the customer's name without control or direction characters (a
    /// right-to-left override turns "gnp.exe" around), and always the extension of the type its bytes were checked
    /// for ("betaalbewijs.html" that is a PDF is saved as "betaalbewijs.pdf").
    /// </summary>
    public static string SafeName(string? fileName, string contentType)
    {
        var name = new string([.. Path.GetFileName(fileName ?? "").Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]).Trim().Trim('.');
        var extension = FileSignatures.Extension(contentType);
        var stem = Path.GetFileNameWithoutExtension(name).Trim();
        if (stem.Length == 0) stem = "bestand";
        if (stem.Length > 200) stem = stem[..200];
        return stem + extension;
    }

    /// <summary>
    /// A customer's file as a download, never a page of this site: always <c>Content-Disposition: attachment</c> (a
    /// name is made when the upload had none), no sniffing, a sandbox for a browser that opens it anyway, and no
    /// copy in a shared cache.
    /// </summary>
    public static IResult Download(UploadedFile file, HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.CacheControl = "no-store";
        var name = string.IsNullOrWhiteSpace(file.Name) || file.Name.Trim('.').Length == 0
            ? "bestand" + FileSignatures.Extension(file.ContentType)
            : file.Name;
        return TypedResults.File(file.Content, file.ContentType, name);
    }

    /// <summary>The optional 'activity' part (as a file or a field), held to the same size limit as a posted activity.</summary>
    private static async Task<(Activity Activity, DirectLineError? Error)> ReadActivityPartAsync(IFormCollection form, int maxBytes, CancellationToken ct)
    {
        var part = form.Files.GetFile("activity");
        var field = form["activity"].FirstOrDefault();
        if (part?.Length > maxBytes || field is not null && System.Text.Encoding.UTF8.GetByteCount(field) > maxBytes)
            return (new Activity(), DirectLineError.TooLarge($"An activity may be at most {maxBytes} bytes"));
        string? json = part is not null ? await new StreamReader(part.OpenReadStream()).ReadToEndAsync(ct) : field;
        if (string.IsNullOrWhiteSpace(json)) return (new Activity(), null);
        try
        {
            return (JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options) ?? new Activity(), null);
        }
        catch (JsonException)
        {
            return (new Activity(), DirectLineError.BadArgument("The 'activity' part is not a valid JSON activity"));
        }
    }
}

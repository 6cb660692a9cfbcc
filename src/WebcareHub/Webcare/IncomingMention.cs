namespace WebcareHub.Webcare;

/// <summary>A mention as a platform delivered it, before it is classified and stored.</summary>
public sealed record IncomingMention(
    string Platform, string ExternalId, string? ParentExternalId, string Author, int? AuthorFollowers, DateTime CreatedAt, string Text);

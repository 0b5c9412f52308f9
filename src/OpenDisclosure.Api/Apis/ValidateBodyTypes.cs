using Microsoft.Net.Http.Headers;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// The Content-Types POST /validate reads. The kind of document is told from the bytes, so the type only has to say
/// "a file": a form (urlencoded), an image or no type at all is refused with 415 before the body is read.
/// </summary>
public static class ValidateBodyTypes
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Raw bodies: the file itself.</summary>
    public static readonly string[] Raw = ["text/plain", "text/html", "application/octet-stream", "application/pdf", Docx];

    public const string Multipart = "multipart/form-data";

    public static string AcceptedList => string.Join(", ", Raw.Append(Multipart));

    /// <summary>True for a raw file type or multipart/form-data; parameters (charset, boundary) are ignored here.</summary>
    public static bool IsAccepted(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (Raw.Contains(parsed.MediaType.Value, StringComparer.OrdinalIgnoreCase)
            || string.Equals(parsed.MediaType.Value, Multipart, StringComparison.OrdinalIgnoreCase));
}

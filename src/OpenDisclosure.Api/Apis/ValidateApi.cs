using OpenDisclosure.Reports.CrossYear;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Microsoft.Extensions.Options;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Formats;

namespace OpenDisclosure.Api.Apis;

/// <summary>Checks a draft report without storing it: what an agency runs before publishing.</summary>
public static class ValidateApi
{
    public static RouteGroupBuilder MapValidateApi(this RouteGroupBuilder api)
    {
        api.MapPost("/validate", Validate).WithName("validateReport").WithTags("Validate")
            .RequireRateLimiting(ValidationLimits.RateLimitPolicy)
            .DisableAntiforgery()
            .WithMetadata(new ValidateBodyMetadata())
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Parse and check one report file; nothing is stored")
            .WithDescription("Body: the report file as `text/plain` or `application/octet-stream`, or as the first file "
                + "of a `multipart/form-data` upload: flattened text (one table cell per line) in UTF-8, UTF-16 or "
                + "GB18030/GBK, an HTML page, a .docx or a PDF with a text layer (kind told from the bytes). Returns the "
                + "parsed tables and findings in the shape of GET /reports/{id} (ids null), checked against the agency's stored "
                + "report of the previous year (comparedWith; cross-year rules and copied text) and scored under profile= "
                + "(score; default profile default, 400 for an unknown one). Bodies over "
                + "Validation:MaxBodyBytes (default 10 MB) get 413; another Content-Type (or none) 415; a malformed "
                + "multipart body 400; requests are rate-limited per client IP (429). Each read has a time budget and size "
                + "limits (a format.*_too_large or format.read_timeout finding); when Validation:MaxConcurrentReads PDF, "
                + "DOCX or HTML documents are already being read, 503 with Retry-After.");
        return api;
    }

    public static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> Validate(
        HttpRequest request, [AsParameters] ProfileQuery query, ProfileCatalog profiles, IOptions<ValidationLimits> limits,
        ExpensiveReads reads, CancellationToken ct)
    {
        if (profiles.Find(query.Profile) is not { } profile) return ComplianceFilter.UnknownProfile(query.Profile, profiles);
        var max = limits.Value.MaxBodyBytes;
        if (request.ContentLength > max) return Problems.TooLarge(max);
        if (!ValidateBodyTypes.IsAccepted(request.ContentType))
            return Problems.UnsupportedMediaType(request.ContentType, ValidateBodyTypes.AcceptedList);

        Stream body = request.Body;
        var fileName = "body";
        if (request.HasFormContentType)
        {
            var (file, problem) = await FirstFile(request, max, ct);
            if (problem is not null) return problem;
            (body, fileName) = file!.Value;
        }

        var bytes = await ReadAtMost(body, max, ct);
        if (bytes is null) return Problems.TooLarge(max);
        // Text in any encoding, an HTML page, a .docx or a PDF: the kind is told from the bytes. A single file has no
        // previous year: its cross-year checks are not assessable, as in the store for a first year.
        var read = await reads.TryRead(fileName, bytes, ct);
        if (read is null) return Problems.Busy(request.HttpContext.Response, limits.Value.RetryAfterSeconds, limits.Value.MaxConcurrentReads);
        return TypedResults.Ok(DraftCheck.Run(DocumentCheck.Check(read), profile, request.HttpContext));
    }

    /// <summary>The first file of a multipart body, or the 400/413 that says why there is none.</summary>
    private static async Task<((Stream Body, string FileName)? File, ProblemHttpResult? Problem)> FirstFile(
        HttpRequest request, long max, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(
                Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value))
            return (null, Problems.BadBody("The multipart/form-data Content-Type has no boundary parameter."));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max, BufferBodyLengthLimit = max }, ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.TooLarge(max));
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            // The framework's multipart reader names the defect ("Unexpected end of Stream", "Multipart body length
            // limit…"): it describes the body the client sent, not the server.
            return (null, Problems.BadBody($"The multipart/form-data body is malformed: {e.Message}"));
        }
        return form.Files.Count > 0
            ? ((form.Files[0].OpenReadStream(), form.Files[0].FileName), null)
            : (null, Problems.BadParameter("file", "The multipart body holds no file."));
    }

    /// <summary>Reads the body, giving up (null) as soon as it passes <paramref name="max"/> bytes.</summary>
    private static async Task<byte[]?> ReadAtMost(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

/// <summary>Marks /validate so the OpenAPI document describes its raw and multipart bodies.</summary>
public sealed record ValidateBodyMetadata;

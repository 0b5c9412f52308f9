using OpenDisclosure.Reports.CrossYear;
using Microsoft.AspNetCore.Http.HttpResults;
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
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Parse and check one report file; nothing is stored")
            .WithDescription("Body: the report file as `text/plain` or `application/octet-stream`, or as the first file "
                + "of a `multipart/form-data` upload: flattened text (one table cell per line) in UTF-8, UTF-16 or "
                + "GB18030/GBK, an HTML page, a .docx or a PDF with a text layer (kind told from the bytes). Returns the "
                + "parsed tables and findings in the shape of GET /reports/{id} (ids null). Bodies over "
                + "Validation:MaxBodyBytes (default 10 MB) get 413; requests are rate-limited per client IP (429).");
        return api;
    }

    public static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> Validate(
        HttpRequest request, IOptions<ValidationLimits> limits, CancellationToken ct)
    {
        var max = limits.Value.MaxBodyBytes;
        if (request.ContentLength > max) return Problems.TooLarge(max);
        var (body, fileName) = request.HasFormContentType ? await FirstFile(request, ct) : (request.Body, "body");
        if (body is null) return Problems.BadParameter("file", "The multipart body holds no file.");

        var bytes = await ReadAtMost(body, max, ct);
        if (bytes is null) return Problems.TooLarge(max);
        // Text in any encoding, an HTML page, a .docx or a PDF: the kind is told from the bytes. A single file has no
        // previous year: its cross-year checks are not assessable, as in the store for a first year.
        return TypedResults.Ok(ReportDetailMapper.FromChecked(CrossYearChecks.Alone(DocumentCheck.Run(fileName, bytes))));
    }

    private static async Task<(Stream? Body, string FileName)> FirstFile(HttpRequest request, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        return form.Files.Count > 0 ? (form.Files[0].OpenReadStream(), form.Files[0].FileName) : (null, "");
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

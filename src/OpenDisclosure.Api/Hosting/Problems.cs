using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenDisclosure.Api.Hosting;

/// <summary>RFC 9457 problem results used by the handlers: each names what was wrong.</summary>
public static class Problems
{
    /// <summary>400 naming the parameter (in <c>errors</c>, keyed by the parameter name, as ASP.NET Core does).</summary>
    public static ProblemHttpResult BadParameter(string parameter, string message) =>
        BadParameters(new Dictionary<string, string[]> { [parameter] = [message] });

    /// <summary>400 naming every bad parameter in <c>errors</c>; the title names them, the detail says what is wrong.</summary>
    public static ProblemHttpResult BadParameters(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = errors.Count == 1 ? $"Invalid parameter '{errors.Keys.First()}'"
                : $"Invalid parameters {string.Join(", ", errors.Keys.Select(k => $"'{k}'"))}",
            Detail = string.Join(" ", errors.Values.SelectMany(m => m)),
        });

    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found",
            detail: $"There is no {what.ToLowerInvariant()} with id {id}.");

    public static ProblemHttpResult NotAcceptable(string format, string supported) =>
        TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Unsupported format",
            detail: $"format '{format}' is not supported here; use {supported}.");

    public static ProblemHttpResult UnsupportedMediaType(string? contentType, string accepted) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Content-Type",
            detail: (contentType is null ? "The request has no Content-Type" : $"Content-Type '{contentType}' is not read here")
                + $"; send the report file as one of: {accepted}.");

    /// <summary>A request body that cannot be read as what it says it is (e.g. a malformed multipart body).</summary>
    public static ProblemHttpResult BadBody(string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed body", detail: message);

    /// <summary>503 with Retry-After: every slot for expensive documents is taken.</summary>
    public static ProblemHttpResult Busy(HttpResponse response, int retryAfterSeconds, int slots)
    {
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
            detail: $"{slots} PDF, DOCX or HTML documents are being read (Validation:MaxConcurrentReads); retry in {retryAfterSeconds} s.");
    }

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
            detail: $"The body is larger than the {limit} bytes this endpoint accepts (Validation:MaxBodyBytes).");
}

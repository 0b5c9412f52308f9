using Microsoft.AspNetCore.Diagnostics;

namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// Turns parameter-binding failures (e.g. <c>year=abc</c>) into problem details that keep ASP.NET Core's message,
/// which names the parameter; without this the client would get a bare 400.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        http.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Body too large" : "Invalid request",
                Detail = bad.Message,
            },
        });
    }
}

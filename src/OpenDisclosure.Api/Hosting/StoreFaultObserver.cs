using Microsoft.AspNetCore.Diagnostics;

namespace OpenDisclosure.Api.Hosting;

/// <summary>Shows every unhandled request error to <see cref="StoreHealth"/> (a damaged page makes the store not ready) and leaves the answer to the next handler.</summary>
internal sealed class StoreFaultObserver(StoreHealth health) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        health.Observe(exception);
        return ValueTask.FromResult(false);
    }
}

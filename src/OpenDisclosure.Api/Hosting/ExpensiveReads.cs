using Microsoft.Extensions.Options;
using OpenDisclosure.Formats;

namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// Runs document reads for POST /validate within their budget: PDF, DOCX and HTML take one of
/// <see cref="ValidationLimits.MaxConcurrentReads"/> slots (none free: the caller answers 503), every read gets the
/// time budget, and a reader that does not stop when its budget is spent is not waited for: the request is answered
/// with format.read_timeout, while the slot stays taken until the read really ends, so abandoned work still counts
/// against the limit (20 PDFs from one client used to hold both cores for 85 s).
/// </summary>
public sealed class ExpensiveReads(IOptions<ValidationLimits> options, ReadLimits limits)
{
    /// <summary>Time a cooperative reader gets past the budget to notice it and return its own finding.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentReads));

    public static bool IsExpensive(DocumentKind kind) => kind is DocumentKind.Pdf or DocumentKind.Docx or DocumentKind.Html;

    /// <summary>The read document, or null when every slot is taken (the caller answers 503).</summary>
    public async Task<DocumentReadResult?> TryRead(string fileName, byte[] content, CancellationToken requestAborted)
    {
        var kind = KindDetector.Detect(fileName, content);
        var slot = IsExpensive(kind) ? TryTakeSlot() : NoSlot.Instance;
        if (slot is null) return null;
        var read = Task.Run(() => DocumentReader.Read(fileName, content, limits, requestAborted), CancellationToken.None);
        _ = read.ContinueWith(_ => slot.Dispose(), TaskScheduler.Default);
        try
        {
            return await read.WaitAsync(limits.Timeout + Grace, requestAborted);
        }
        catch (TimeoutException)
        {
            return DocumentReader.TimedOut(fileName, kind, limits.Timeout);
        }
    }

    /// <summary>One slot for an expensive read, released by disposing; null when none is free.</summary>
    public IDisposable? TryTakeSlot() => _slots.Wait(0) ? new Slot(_slots) : null;

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }

    private sealed class NoSlot : IDisposable
    {
        public static readonly NoSlot Instance = new();

        public void Dispose() { }
    }
}

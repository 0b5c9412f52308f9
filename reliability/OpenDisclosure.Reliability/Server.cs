using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenDisclosure.Reliability;

/// <summary>The Release API as its own process, on a scratch database, without the /validate rate limit.</summary>
public sealed class Server : IDisposable
{
    private readonly Process _process;

    public Uri Base { get; }
    public int Pid => _process.Id;

    private Server(Process process, Uri baseUri)
    {
        _process = process;
        Base = baseUri;
    }

    public static async Task<Server> Start(string apiDirectory, string reports, string database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", ["OpenDisclosure.Api.dll", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = apiDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Path"] = database;
        start.Environment["Reports__Directory"] = reports;
        start.Environment["Validation__PermitLimit"] = "100000000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[api] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new Server(process, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the API exited during start-up (exit {process.ExitCode})");
            try
            {
                if ((await client.GetAsync(new Uri(server.Base, "/health"))).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        server.Dispose();
        throw new InvalidOperationException("the API did not answer /health within 60 s");
    }

    /// <summary>VmRSS and VmHWM (peak) of the server in MB, from /proc.</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:")) rss = Kb(line) / 1024.0;
            if (line.StartsWith("VmHWM:")) peak = Kb(line) / 1024.0;
        }
        return (rss, peak);
    }

    private static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}

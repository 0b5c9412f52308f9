using System.ComponentModel;
using System.Diagnostics;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>
/// Runs poppler's <c>pdftotext -layout</c> (Debian package poppler-utils): no PDF library restores from this
/// project's package mirror, and its layout mode keeps the column positions the table reader needs.
/// </summary>
public static class PdftotextRunner
{
    public const string InstallHint = "apt-get install poppler-utils";

    public const string DefaultProgram = "pdftotext";

    private static readonly Lazy<bool> Available = new(() => Run(DefaultProgram, ["-v"], out _, out _) is not null);

    /// <summary>True when pdftotext can be started on this machine.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>The layout text, or null with <paramref name="error"/> set (tool missing, damaged or encrypted file).</summary>
    /// <param name="program">The pdftotext executable (a path where it is not on PATH).</param>
    public static string? LayoutText(byte[] pdf, out string? error, string program = DefaultProgram)
    {
        var path = Path.Combine(Path.GetTempPath(), $"od-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, pdf);
            var exit = Run(program, ["-layout", "-enc", "UTF-8", path, "-"], out var stdout, out var stderr);
            if (exit is null)
            {
                error = $"pdftotext not found: {InstallHint}";
                return null;
            }
            error = exit == 0 ? null : $"pdftotext failed (exit {exit}): {stderr.Trim()}";
            return exit == 0 ? stdout : null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The exit code, or null when the program is not installed.</summary>
    private static int? Run(string program, string[] arguments, out string stdout, out string stderr)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var errorTask = process.StandardError.ReadToEndAsync();
            stdout = process.StandardOutput.ReadToEnd();
            stderr = errorTask.Result;
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
                stderr = "timed out after 60 s";
                return -1;
            }
            return process.ExitCode;
        }
        catch (Win32Exception)
        {
            stdout = stderr = "";
            return null;
        }
    }
}

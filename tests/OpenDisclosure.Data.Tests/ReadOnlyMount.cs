using System.Diagnostics;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// A read-only bind mount of a folder (a real read-only file system: even root cannot write through it). Needs
/// root and mount rights; elsewhere the tests using it are reported as skipped with the reason.
/// </summary>
public sealed class ReadOnlyMount : IDisposable
{
    public ReadOnlyMount(string source)
    {
        Path = Directory.CreateTempSubdirectory("od-readonly-").FullName;
        if (!Mount("--bind", source, Path) || !Mount("-o", "remount,ro,bind", Path))
            throw new InvalidOperationException($"could not mount {source} read-only at {Path}");
    }

    public string Path { get; }

    public static bool IsPossible { get; } = Probe();

    public void Dispose()
    {
        Run("umount", Path);
        try { Directory.Delete(Path); } catch (IOException) { }
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return false;
        var source = Directory.CreateTempSubdirectory("od-mount-probe-").FullName;
        try
        {
            using var mount = new ReadOnlyMount(source);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        finally
        {
            Directory.Delete(source);
        }
    }

    private static bool Mount(params string[] args) => Run("mount", args);

    private static bool Run(string tool, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(10_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A test needing <see cref="ReadOnlyMount"/>: skipped, with the reason, where mounting is not allowed.</summary>
public sealed class ReadOnlyMountFactAttribute : FactAttribute
{
    public ReadOnlyMountFactAttribute()
    {
        if (!ReadOnlyMount.IsPossible) Skip = "needs root and mount rights for a read-only bind mount";
    }
}

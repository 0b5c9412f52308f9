namespace OpenDisclosure.Data.Import;

/// <summary>
/// CPU time the calling thread has used, from Linux's /proc/thread-self/stat (utime + stime, in clock ticks); null
/// elsewhere. The writer's wall time says little on a busy machine (it waits for the parsers and for the CPU); its
/// CPU time is what a faster writer would save.
/// </summary>
internal static class ThreadCpu
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux ABI .NET runs on

    public static TimeSpan? Now()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // Fields after the command name (which may hold spaces) start past the last ')'; utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}

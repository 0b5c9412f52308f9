namespace OpenDisclosure.Seeder;

/// <summary>
/// od-seed's exit codes, distinct so that a script can tell a bad report from a bad command line and from a bug:
/// 0 every file read (check: and no error finding); 1 a file failed or has an error finding; 2 the command line is
/// wrong; 70 (EX_SOFTWARE of sysexits.h) the tool itself failed, said in one line (the stack trace with --verbose).
/// <c>seed</c> adds the store's own (<see cref="StoreExitCodes"/>): 73 the database is not usable, 74 disk full or I/O
/// error, 75 locked.
/// </summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int InternalError = 70;

    /// <summary>The table for the help text and the README.</summary>
    public const string Help = "Exit codes: 0 ok; 1 a file failed or has an error finding; 2 usage error; "
        + "70 internal error (one line; the stack trace with --verbose).";

    /// <summary>Runs a command; an exception becomes exit code 70 with a one-line message (and the trace if verbose).</summary>
    public static async Task<int> Guard(Func<Task<int>> command, bool verbose, TextWriter stderr)
    {
        try
        {
            return await command();
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("od-seed: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            var line = e.Message.ReplaceLineEndings(" ");
            await stderr.WriteLineAsync($"od-seed: internal error: {e.GetType().Name}: {line}"
                + (verbose ? "" : " (run with --verbose for the stack trace)"));
            if (verbose) await stderr.WriteLineAsync(e.ToString());
            return InternalError;
        }
    }
}

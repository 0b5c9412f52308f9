using System.CommandLine;
using OpenDisclosure.Data;

namespace OpenDisclosure.Seeder;

/// <summary>The od-seed command line: <c>seed</c> loads reports into the store, <c>check</c> validates without one.</summary>
public static class SeederCli
{
    /// <summary>The whole program, with its output streams passed in so tests can run it in-process.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = Build(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A wrong command line is exit 2, not the 1 of a bad report (System.CommandLine would say 1).
            foreach (var error in parsed.Errors) await stderr.WriteLineAsync($"od-seed: {error.Message}");
            await stderr.WriteLineAsync("Run 'od-seed --help' for usage.");
            return ExitCodes.Usage;
        }
        // The default handler prints the stack trace and exits 1: replaced by ExitCodes.Guard in each action.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false },
            cancellationToken);
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var verbose = new Option<bool>("--verbose") { Description = "On an internal error, print the stack trace too", Recursive = true };
        var seedPaths = new Argument<string[]>("paths")
        {
            Description = "Report files or folders (searched recursively for *.txt)",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db")
        {
            Description = "SQLite database file: created when missing, rebuilt when it is ours with an older schema, never replaced otherwise",
            DefaultValueFactory = _ => DisclosureDbFactory.DefaultPath,
        };
        var busy = new Option<double>("--busy-timeout")
        {
            Description = "Seconds to wait for another process's lock on the database before giving up (exit 75)",
            DefaultValueFactory = _ => DatabaseBootstrap.DefaultBusyTimeout.TotalSeconds,
        };
        var seed = new Command("seed", "Parse, validate and store reports; the same bytes twice are loaded once. " + ExitCodes.Help + " "
            + StoreExitCodes.Help) { seedPaths, db, busy };
        seed.SetAction((parse, ct) => ExitCodes.Guard(() => SeedCommand.RunAsync(parse.GetValue(seedPaths)!, parse.GetValue(db)!,
            TimeSpan.FromSeconds(parse.GetValue(busy)), stdout, stderr, ct), parse.GetValue(verbose), stderr));

        var checkPaths = new Argument<string[]>("files")
        {
            Description = "Report files or folders to check",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print each parsed report and its findings as JSON (the API's report shape)" };
        var check = new Command("check", "Parse and validate reports without a database; print the findings. " + ExitCodes.Help) { checkPaths, json };
        check.SetAction((parse, _) => ExitCodes.Guard(
            () => Task.FromResult(CheckCommand.Run(parse.GetValue(checkPaths)!, parse.GetValue(json), stdout, stderr)), parse.GetValue(verbose), stderr));

        return new RootCommand("od-seed: load 政府信息公开工作年度报告 into the OpenDisclosure store, or check them. " + ExitCodes.Help)
        {
            seed, check, verbose,
        };
    }
}

using System.CommandLine;
using OpenDisclosure.Data;

namespace OpenDisclosure.Seeder;

/// <summary>The od-seed command line: <c>seed</c> loads reports into the store, <c>check</c> validates without one.</summary>
public static class SeederCli
{
    /// <summary>The whole program, with its output streams passed in so tests can run it in-process.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = Build(stdout, stderr);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
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
        var seed = new Command("seed", "Parse, validate and store reports; the same bytes twice are loaded once. " +
            "Exit 0 ok, 1 a file failed, 73 the database is not usable (not ours, damaged, newer, read-only), 74 disk full or I/O error, 75 locked")
            { seedPaths, db, busy };
        seed.SetAction((parse, ct) => SeedCommand.RunAsync(parse.GetValue(seedPaths)!, parse.GetValue(db)!,
            TimeSpan.FromSeconds(parse.GetValue(busy)), stdout, stderr, ct));

        var checkPaths = new Argument<string[]>("files")
        {
            Description = "Report files or folders to check",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print each parsed report and its findings as JSON (the API's report shape)" };
        var check = new Command("check", "Parse and validate reports without a database; print the findings") { checkPaths, json };
        check.SetAction(parse => CheckCommand.Run(parse.GetValue(checkPaths)!, parse.GetValue(json), stdout, stderr));

        return new RootCommand("od-seed: load 政府信息公开工作年度报告 into the OpenDisclosure store, or check them") { seed, check };
    }
}

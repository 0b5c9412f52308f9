using OpenDisclosure.Bench;

// od-bench: the helpers bench/run.sh calls. Each subcommand does one measurable thing and prints plain figures.
var commands = new Dictionary<string, Func<Args, int>>
{
    ["corpus"] = CorpusCommand.Run,
    ["parse"] = ParseCommand.Run,
    ["dump"] = DumpCommand.Run,
    ["formats"] = FormatsCommand.Run,
    ["paths"] = PathsCommand.Run,
    ["wrk-summary"] = WrkSummaryCommand.Run,
    ["report"] = ReportCommand.Run,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine("usage: od-bench <" + string.Join('|', commands.Keys) + "> [--option value ...]");
    return 2;
}

try
{
    return command(Args.Parse(args[1..]));
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"od-bench {args[0]}: {e.Message}");
    return 2;
}

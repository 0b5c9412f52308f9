using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Formats;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>dump --dir DIR --out FILE</c>: every report's parse (the whole model, cells included) and findings as JSON
/// lines, files in name order. Speed work on the parser and the rules must leave this file byte for byte the same:
/// dump before a change, dump after, <c>cmp</c> the two.
/// </summary>
public static class DumpCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(Args args)
    {
        var dir = args.Required("dir");
        if (!Directory.Exists(dir)) throw new ArgumentException($"--dir {dir}: no such directory");
        using var output = new StreamWriter(args.Required("out"), false, new UTF8Encoding(false));
        var files = ReportFiles.Expand([dir]).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            var source = ReportSource.FromFile(file);
            var read = ReportText.Read(source);
            var checkedReport = DocumentCheck.Check(read);
            output.WriteLine($"{Path.GetFileName(file)} {read.Encoding} {read.Kind}");
            output.WriteLine(JsonSerializer.Serialize(checkedReport.Report, Json));
            foreach (var finding in checkedReport.Findings) output.WriteLine(JsonSerializer.Serialize(finding, Json));
        }
        Console.WriteLine(Invariant.Format($"reports={files.Length}"));
        return files.Length == 0 ? 1 : 0;
    }
}

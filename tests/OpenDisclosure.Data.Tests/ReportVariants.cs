using System.Text;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// Variants of a real seed with known changes, for checks that need a second year: the text is the seed's, with the
/// year replaced and chosen table 三 rows given new cell values.
/// </summary>
public static class ReportVariants
{
    /// <summary>The seed's text with every "2024年" turned into "{year}年" and the given rows' seven cells replaced.</summary>
    public static string Linzi(int year, params (string Label, long[] Cells)[] rows)
    {
        var lines = File.ReadAllText(Path.Combine(SeedReports.Folder, SeedReports.Linzi)).Replace("2024年", $"{year}年").Split('\n');
        foreach (var (label, cells) in rows)
        {
            var at = Array.FindIndex(lines, l => l.StartsWith('\t') && l.Contains(label));
            if (at < 0) throw new InvalidOperationException($"row {label} not found");
            var written = 0;
            for (var i = at + 1; written < cells.Length; i++)
                if (lines[i].Trim().Length > 0 && lines[i].Trim().All(char.IsAsciiDigit))
                    lines[i] = "\t" + cells[written++];
        }
        return string.Join('\n', lines);
    }

    /// <summary>All seven columns: 自然人 = total = <paramref name="n"/>, the others 0.</summary>
    public static long[] Natural(long n) => [n, 0, 0, 0, 0, 0, n];

    public static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>临淄区 2023 as it must be for the 2024 seed to follow: 27 new (2024's 12 is −55.56%), 2 carried forward,
    /// 14 行政规范性文件 in force (2024: 14 + 1 issued − 6 repealed = 9).</summary>
    public static string Linzi2023(long carriedForward = 2, long newRequests = 27, long normativeInForce = 14) => Linzi(2023,
        ("行政规范性文件", [2, 0, normativeInForce]),
        ("本年新收", Natural(newRequests)),
        ("（一）予以公开", Natural(newRequests - 9)),
        ("（七）总计", Natural(newRequests)),
        ("结转下年度继续办理", Natural(carriedForward)));
}

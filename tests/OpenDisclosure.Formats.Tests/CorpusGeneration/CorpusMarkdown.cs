using System.Text;

namespace OpenDisclosure.Formats.Tests.CorpusGeneration;

/// <summary>
/// Renders a seed report as the Markdown that PDF converters and OCR/LLM tools write: # headings, pipe tables whose
/// applicant columns are renamed 数据1…数据6, long row labels detached onto a row of their own above their numbers,
/// a page footer ("- 2 -") between two rows of table 三, and table 四 as three small tables of five.
/// </summary>
public static class CorpusMarkdown
{
    public static byte[] Render(SeedDocument seed)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(string.Concat(seed.TitleLines)).Append("\n\n");
        foreach (var block in seed.Body)
        {
            if (block is SeedDocument.Paragraph p)
                md.Append(IsHeading(p.Text) ? "## " + p.Text : p.Text).Append("\n\n");
            else if (block is SeedDocument.TableSlot slot && seed.IsFirstSlot(slot))
                md.Append(slot.Section switch { 2 => Proactive(seed), 3 => Requests(seed), _ => Review(seed) }).Append('\n');
        }
        return Encoding.UTF8.GetBytes(md.ToString());
    }

    private static bool IsHeading(string text) => text.Length < 40 && "一二三四五六".Contains(text[0]) && text.Length > 1 && text[1] == '、';

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |\n";

    private static string Proactive(SeedDocument seed)
    {
        var md = new StringBuilder();
        md.Append(Row(["第二十条第（一）项", "", "", ""])).Append(Row(["---", "---", "---", "---"]));
        foreach (var row in TemplateGrid.For(2, seed).Skip(1))
        {
            var cells = new string[4];
            Array.Fill(cells, "");
            foreach (var cell in row) cells[cell.Column] = cell.Text;
            md.Append(Row(cells));
        }
        return md.ToString();
    }

    private static string Requests(SeedDocument seed)
    {
        var md = new StringBuilder();
        md.Append(Row(["项目", "", "", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计"]))
          .Append(Row(Enumerable.Repeat("---", 10)));
        var rows = seed.RequestRows().ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var (_, labels, values) = rows[r];
            var labelCells = labels.Concat(Enumerable.Repeat("", 3 - labels.Count)).ToArray();
            var numbers = values.Select(TemplateGrid.Value);
            if (labels[^1].Length > 20)
            {
                // The converter put the long label on a line of its own; its numbers follow in the next row.
                md.Append(Row([.. labelCells, .. Enumerable.Repeat("", 7)]));
                md.Append(Row([.. Enumerable.Repeat("", 3), .. numbers]));
            }
            else md.Append(Row([.. labelCells, .. numbers]));
            if (r == rows.Count / 2) md.Append("\n- 2 -\n\n");
        }
        return md.ToString();
    }

    private static string Review(SeedDocument seed)
    {
        var values = seed.ReviewValues();
        var md = new StringBuilder();
        string[] groups = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"];
        for (var g = 0; g < 3; g++)
        {
            md.Append("**").Append(groups[g]).Append("**\n\n");
            md.Append(Row(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])).Append(Row(Enumerable.Repeat("---", 5)));
            md.Append(Row(values.Skip(g * 5).Take(5).Select(TemplateGrid.Value))).Append('\n');
        }
        return md.ToString();
    }
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.Html;

/// <summary>
/// Walks the report element in document order: block elements and &lt;br&gt; end a paragraph, data tables go to the
/// shared grid writer, layout tables (a table used to position content, holding other tables) are walked through.
/// </summary>
public sealed class HtmlBlockWalker(FlatTextWriter writer, CancellationToken ct = default)
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "head", "select", "iframe", "object", "svg"];
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer",
        "blockquote", "pre", "center", "tr", "td", "th", "dd", "dt", "dl", "form", "fieldset", "address", "main", "nav", "aside",
    ];

    private readonly StringBuilder _inline = new();
    private int _tableCount;

    public void Walk(INode node)
    {
        ct.ThrowIfCancellationRequested();
        switch (node)
        {
            case IText text:
                _inline.Append(text.Data);
                return;
            case IElement element:
                if (Skipped.Contains(element.LocalName) || IsHidden(element)) return;
                if (element.LocalName == "br") { Flush(); return; }
                if (element is IHtmlTableElement table) { Flush(); Table(table); return; }
                var block = Blocks.Contains(element.LocalName);
                if (block) Flush();
                foreach (var child in element.ChildNodes) Walk(child);
                if (block) Flush();
                return;
        }
    }

    public void Flush()
    {
        writer.Paragraph(_inline.ToString());
        _inline.Clear();
    }

    private void Table(IHtmlTableElement table)
    {
        // Rows is a live collection that walks the table on every index: taken once, or a 10,000-row table is quadratic.
        var rows = table.Rows.ToArray();
        if (IsLayoutTable(table))
        {
            foreach (var row in rows)
            foreach (var cell in row.Cells)
            {
                foreach (var child in cell.ChildNodes) Walk(child);
                Flush();
            }
            return;
        }

        _tableCount++;
        var source = new SourceTable();
        for (var r = 0; r < rows.Length; r++)
        {
            ct.ThrowIfCancellationRequested();
            // Spans as the HTML standard bounds them (rowspan 65534, colspan 1000) before the int conversion; the
            // grid writer then bounds them by the table's real size.
            var cells = rows[r].Cells
                .Select((c, i) => new SourceCell(CellTextOf(c), (int)Math.Min(c.RowSpan, 65534u),
                    (int)Math.Clamp(c.ColumnSpan, 1u, (uint)FlatTextWriter.MaxColSpan), $"table {_tableCount}, row {r + 1}, cell {i + 1}"))
                .ToArray();
            source.AddRow(cells);
        }
        writer.Table(source);
    }

    /// <summary>A table is layout when it holds a multi-row table; a one-row table inside a data cell is just cell text.</summary>
    private static bool IsLayoutTable(IHtmlTableElement table) =>
        table.QuerySelectorAll("table").OfType<IHtmlTableElement>().Any(inner => inner.Rows.Length >= 2);

    /// <summary>The text of a cell; paragraphs, line breaks and nested cells become separators, joined by CellText.</summary>
    private static string CellTextOf(IElement cell)
    {
        var pieces = new StringBuilder();
        Collect(cell, pieces);
        return CellText.Normalize(pieces.ToString());
    }

    private static void Collect(INode node, StringBuilder pieces)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { pieces.Append(text.Data); continue; }
            if (child is not IElement element || Skipped.Contains(element.LocalName) || IsHidden(element)) continue;
            var separate = element.LocalName == "br" || Blocks.Contains(element.LocalName);
            if (separate) pieces.Append(' ');
            Collect(element, pieces);
            if (separate) pieces.Append(' ');
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || (element.GetAttribute("style") ?? "").Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase);
}

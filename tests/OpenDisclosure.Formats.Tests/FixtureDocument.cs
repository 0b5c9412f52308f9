using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// The hand-written 临淄 2024 page as a list of blocks (paragraphs; tables with their row and column spans), so the
/// same report can be written out as a .docx. Cells keep their &lt;p&gt; pieces as separate Word paragraphs.
/// </summary>
public static class FixtureDocument
{
    public abstract record Block;
    public sealed record Para(string Text) : Block;
    public sealed record Cell(IReadOnlyList<string> Paragraphs, int RowSpan, int ColSpan);
    public sealed record Grid(IReadOnlyList<IReadOnlyList<Cell>> Rows) : Block;

    public static List<Block> Linzi2024()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Fixture.Path("linzi-2024.html")));
        var blocks = new List<Block> { new Para(document.QuerySelector(".article-title h1")!.TextContent) };
        foreach (var element in document.QuerySelector("#zoom")!.Children)
        {
            if (element is IHtmlTableElement table)
                blocks.Add(new Grid(table.Rows.Select(r => (IReadOnlyList<Cell>)r.Cells.Select(c => new Cell(
                    c.QuerySelectorAll("p").Select(p => p.TextContent).DefaultIfEmpty(c.TextContent).ToList(),
                    (int)c.RowSpan, (int)c.ColumnSpan)).ToList()).ToList()));
            else if (CellText.Normalize(element.TextContent) is { Length: > 0 } text)
                blocks.Add(new Para(text));
        }
        return blocks;
    }
}

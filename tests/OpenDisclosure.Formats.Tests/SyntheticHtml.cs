using System.Net;
using System.Text;
using static OpenDisclosure.Formats.Tests.FixtureDocument;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// Writes a document as a government web page: one of three kinds of chrome (div layout with navigation, an old
/// table layout with the report in a nested cell, a bare page), cell text split into &lt;p&gt;/&lt;span&gt; pieces,
/// empty cells as nothing, &amp;nbsp; or an empty paragraph, and UTF-8 or GB18030 bytes declared as gb2312.
/// </summary>
public static class SyntheticHtml
{
    public static byte[] Write(List<Block> blocks, Random rng)
    {
        var body = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block is Para p) body.Append("<p>").Append(Piece(p.Text, rng)).Append("</p>\n");
            else if (block is Grid g) Table(g, body, rng);
        }

        var gbk = rng.NextDouble() < 0.5;
        var meta = gbk ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">" : "<meta charset=\"utf-8\">";
        var page = rng.Next(3) switch
        {
            0 => $"<html><head>{meta}<title>年度报告</title></head><body><div class=\"nav\"><a href=\"/\">首页</a><a>政务公开</a></div>"
                + $"<div class=\"side\"><ul><li>年度报告</li><li>总体情况通报</li></ul></div><div class=\"content\">{body}</div>"
                + "<div class=\"footer\">主办单位：某某人民政府办公室　网站标识码：3704000001</div></body></html>",
            1 => $"<html><head>{meta}</head><body><table width=\"980\"><tr><td colspan=\"2\"><a href=\"/\">网站首页</a> | 信息公开</td></tr>"
                + $"<tr><td width=\"200\"><table><tr><td>信息公开指南</td></tr><tr><td>信息公开年报</td></tr></table></td>"
                + $"<td valign=\"top\">{body}</td></tr><tr><td colspan=\"2\">版权所有</td></tr></table></body></html>",
            _ => $"<!DOCTYPE html><html><head>{meta}</head><body>{body}</body></html>",
        };
        return gbk ? PlainText.TextDecoder.Gb18030.GetBytes(page) : Encoding.UTF8.GetBytes(page);
    }

    private static void Table(Grid grid, StringBuilder html, Random rng)
    {
        html.Append("<table border=\"1\" cellspacing=\"0\">\n");
        foreach (var row in grid.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(cell.RowSpan > 1 ? $"<td rowspan=\"{cell.RowSpan}\">" : "<td>");
                var text = string.Concat(cell.Paragraphs).Trim();
                if (text.Length == 0) html.Append(rng.Next(3) switch { 0 => "", 1 => "&nbsp;", _ => "<p>&nbsp;</p>" });
                else if (cell.Paragraphs.Count > 1) html.Append(string.Concat(cell.Paragraphs.Select(p => $"<p>{Piece(p, rng)}</p>")));
                else html.Append(rng.NextDouble() < 0.3 ? $"<p>{Piece(text, rng)}</p>" : Piece(text, rng));
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    /// <summary>Text cut into adjacent spans at random (Word-to-HTML exports do this): the page shows it unbroken.</summary>
    private static string Piece(string text, Random rng)
    {
        if (text.Length < 4 || rng.NextDouble() < 0.5) return WebUtility.HtmlEncode(text);
        var cut = rng.Next(1, text.Length - 1);
        return $"<span>{WebUtility.HtmlEncode(text[..cut])}</span><span style=\"font-family:仿宋\">{WebUtility.HtmlEncode(text[cut..])}</span>";
    }
}

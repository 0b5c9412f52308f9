using System.Net;
using System.Text;

namespace OpenDisclosure.Formats.Tests.CorpusGeneration;

/// <summary>
/// Renders a seed report as a government site's article page (navigation, 当前位置 breadcrumbs, the 索引号 / 发布机构
/// / 发布日期 block, share and print widgets, 附件下载, footer) or as a page saved from Word (mso styles, &lt;o:p&gt;,
/// supportLists comments, GBK declared only in a meta tag). Tables come from <see cref="TemplateGrid"/> with their
/// row and column spans; header cells keep their line breaks as &lt;br&gt; and pad with &amp;nbsp;.
/// </summary>
public static class CorpusHtml
{
    /// <param name="titleInHeadingOnly">The article heading names only the year (2024年政府信息公开工作年度报告); the
    /// agency is in the 发布机构 block, the ContentSource meta and the page title.</param>
    public static byte[] SitePage(SeedDocument seed, string publishedOn, bool titleInHeadingOnly)
    {
        var agency = seed.Report.AgencyName!;
        var fullTitle = string.Concat(seed.TitleLines);
        var heading = titleInHeadingOnly && seed.TitleLines.Count > 1 ? seed.TitleLines[^1] : fullTitle;
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <title>{E(fullTitle)}_政府信息公开年报_{E(agency)}</title>
            <meta name="ArticleTitle" content="{E(fullTitle)}">
            <meta name="PubDate" content="{publishedOn} 09:30">
            <meta name="ContentSource" content="{E(agency)}">
            <meta name="ColumnName" content="政府信息公开年报">
            </head><body>
            <div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul>
            <form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
            <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/ndbg">政府信息公开年报</a></div>
            <table class="info"><tr><td>索引号：</td><td>11370400MB2{seed.SeedFile[..3]}/2025-0001</td><td>发布机构：</td><td>{E(agency)}</td></tr>
            <tr><td>发布日期：</td><td>{publishedOn}</td><td>文号：</td><td></td></tr></table>
            <div class="article"><h1 class="title">{E(heading)}</h1>
            <div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a onclick="window.print()">打印本页</a> <a>关闭窗口</a> 分享到：<a>微信</a> <a>微博</a></div>
            <div class="content" id="zoom">

            """);
        foreach (var block in seed.Body)
        {
            if (block is SeedDocument.Paragraph p) html.Append($"<p style=\"text-indent:2em\">{E(p.Text)}</p>\n");
            else if (block is SeedDocument.TableSlot slot && seed.IsFirstSlot(slot)) Table(html, TemplateGrid.For(slot.Section, seed), word: false);
        }
        html.Append("""
            </div>
            <div class="attachment">附件下载：<a href="/files/report.pdf">政府信息公开工作年度报告.pdf</a></div>
            <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a> <a onclick="window.print()">【打印】</a> <a>【关闭】</a></div></div>
            <div class="footer"><p>主办单位：人民政府办公室　承办单位：大数据中心</p><p>网站标识码：3704000001　鲁ICP备05001234号</p></div>
            </body></html>

            """);
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>A page saved from Word as "网页": GBK bytes, charset only in the meta tag, Word's list comments and empty o:p runs.</summary>
    public static byte[] WordPage(SeedDocument seed)
    {
        var html = new StringBuilder();
        html.Append("""
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
            <head><meta http-equiv=Content-Type content="text/html; charset=gbk"><meta name=Generator content="Microsoft Word 15">
            <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt; font-family:等线;} --></style>
            <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml><![endif]-->
            </head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>

            """);
        foreach (var title in seed.TitleLines)
            html.Append($"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{E(title)}<o:p></o:p></span></b></p>\n");
        foreach (var block in seed.Body)
        {
            if (block is SeedDocument.Paragraph p)
                html.Append($"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><!--[if !supportLists]--><span style='mso-list:Ignore'><![endif]--><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{E(p.Text)}<span lang=EN-US><o:p></o:p></span></span></p>\n");
            else if (block is SeedDocument.TableSlot slot && seed.IsFirstSlot(slot)) Table(html, TemplateGrid.For(slot.Section, seed), word: true);
        }
        html.Append("</div></body></html>\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK").GetBytes(html.ToString());
    }

    private static void Table(StringBuilder html, List<List<GridCell>> grid, bool word)
    {
        html.Append(word ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>\n" : "<table border=\"1\" cellspacing=\"0\">\n");
        foreach (var row in grid)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var spans = (cell.RowSpan > 1 ? $" rowspan={cell.RowSpan}" : "") + (cell.ColSpan > 1 ? $" colspan={cell.ColSpan}" : "");
                // Header cells as editors leave them: a line break where the template wraps, &nbsp; padding around.
                var text = string.Join("<br>", cell.Text.Split('\n').Select(E));
                if (!cell.IsValue && cell.Text.Contains('\n')) text = "&nbsp;" + text + "&nbsp;&nbsp;";
                html.Append(word
                    ? $"<td{spans} valign=middle style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.0pt'>{(text.Length == 0 ? "&nbsp;" : text)}<o:p></o:p></span></p></td>"
                    : $"<td{spans}>{text}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

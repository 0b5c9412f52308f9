using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenDisclosure.Api.Tests.Pages;

/// <summary>Fetches a page and parses it, so tests assert on elements (a cell by its id) rather than on raw text.</summary>
public static class HtmlPages
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetPage(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await Parse(response, $"GET {url}", expected);
    }

    public static async Task<IDocument> Parse(HttpResponseMessage response, string what, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
        return Parser.ParseDocument(body);
    }

    /// <summary>The element with this id; fails naming the id when the page has none.</summary>
    public static IElement Id(this IDocument page, string id) =>
        page.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"no element #{id} in the page");

    /// <summary>The text of an element, whitespace collapsed.</summary>
    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A table row as its cells' texts joined by single spaces.</summary>
    public static string Cells(this IElement row) => string.Join(' ', row.Children.Select(c => c.Text()));

    /// <summary>The seed report of 临淄区 2024 with 予以公开 × 自然人 changed from 5 to 7 (source line 100): the outcome
    /// sum of 总计 × 自然人 and the row sum of 予以公开 no longer agree.</summary>
    public static byte[] LinziWithGrantedChanged()
    {
        var lines = File.ReadAllLines(RepoPaths.LinziReport);
        Assert.Equal("\t5", lines[99]);
        lines[99] = "\t7";
        return System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
    }
}

using System.Text;
using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

/// <summary>Every list's CSV holds exactly its JSON items: same rows, same order, same codes, null as empty.</summary>
[Collection("api")]
public sealed class CsvMatchesJsonTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/agencies")]
    [InlineData("/api/v1/years")]
    [InlineData("/api/v1/reports")]
    [InlineData("/api/v1/proactive-disclosure")]
    [InlineData("/api/v1/request-outcomes")]
    [InlineData("/api/v1/request-outcomes?shape=long")]
    [InlineData("/api/v1/reviews-litigation")]
    [InlineData("/api/v1/findings")]
    public async Task Csv_rows_equal_json_items(string list)
    {
        var separator = list.Contains('?') ? '&' : '?';
        var items = (await _client.GetJson($"{list}{separator}limit=1000")).Items();
        var csv = Parse(await _client.GetStringAsync($"{list}{separator}format=csv"));

        var header = csv[0];
        Assert.Equal(items.Count, csv.Count - 1);
        Assert.NotEmpty(items);
        for (var i = 0; i < items.Count; i++)
            Assert.Equal(header.Select(h => Text(Field(items[i]!, h))), csv[i + 1]);
    }

    /// <summary>A CSV header code addresses a top-level property, a table 二 field, or a table 四 group.measure.</summary>
    private static JsonNode? Field(JsonNode item, string code)
    {
        if (item.AsObject().ContainsKey(code)) return item[code];
        if (item["fields"] is JsonObject fields) return fields.ContainsKey(code) ? fields[code] : null;
        var dot = code.IndexOf('.');
        return item[code[..dot]]![code[(dot + 1)..]];
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    /// <summary>A strict RFC 4180 reader: CRLF row ends, quoted fields with doubled quotes.</summary>
    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }
}

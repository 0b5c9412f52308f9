using System.Buffers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using SQLitePCL;

namespace OpenDisclosure.Api.Lists;

/// <summary>
/// A page of a hot list written as JSON straight from the statement's columns: no item object, no string per text
/// column, no serializer metadata walk. The bytes are the ones <c>Ok&lt;Page&lt;T&gt;&gt;</c> writes for the same items
/// (same property names and order, nulls kept, same encoder): INTEGER columns become numbers, TEXT strings, NULL null.
/// The page is buffered because the Link header depends on whether a row follows the last item.
/// </summary>
public sealed class JsonPage<T>(PooledBufferWriter body) : IResult, IEndpointMetadataProvider
{
    private static readonly JsonWriterOptions Options = new() { Encoder = ContractJson.Encoder, SkipValidation = true };
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items"), Next = JsonEncodedText.Encode("next");

    // The item's property names as the serializer writes them (naming policy, order, [JsonIgnore] left out): the
    // query's first columns must come in this order.
    private static readonly JsonEncodedText[] Names =
        new JsonSerializerOptions(ContractJson.Create()) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }
            .GetTypeInfo(typeof(T)).Properties.Where(p => p.AttributeProvider?.IsDefined(typeof(JsonIgnoreAttribute), true) != true)
            .Select(p => JsonEncodedText.Encode(p.Name, ContractJson.Encoder)).ToArray();

    /// <summary>
    /// Writes up to <paramref name="limit"/> rows as items, each from the first columns (one per property of T); the
    /// columns at <paramref name="keyColumns"/> make the cursor of the next page (set when one more row exists).
    /// </summary>
    public static JsonPage<T> Write(HttpContext http, Rows rows, int[] keyColumns, int limit)
    {
        // 64 KB holds a page of 100 findings (~45 KB) without growing.
        var body = new PooledBufferWriter(64 * 1024);
        using var json = new Utf8JsonWriter(body, Options);
        json.WriteStartObject();
        json.WriteStartArray(Items);
        var key = new long[keyColumns.Length];
        string? next = null;
        for (var count = 0; rows.Next(); count++)
        {
            if (count == limit)
            {
                next = Pages.NextUrl(http.Request, Cursor.Format(key));
                http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
                break;
            }
            WriteItem(json, rows.Statement);
            for (var k = 0; k < keyColumns.Length; k++) key[k] = rows.Int64(keyColumns[k]);
        }
        json.WriteEndArray();
        json.WriteString(Next, next);
        json.WriteEndObject();
        json.Flush();
        return new JsonPage<T>(body);
    }

    private static void WriteItem(Utf8JsonWriter json, sqlite3_stmt statement)
    {
        json.WriteStartObject();
        for (var i = 0; i < Names.Length; i++)
        {
            json.WritePropertyName(Names[i]);
            switch (SqliteColumns.Type(statement, i))
            {
                case raw.SQLITE_NULL: json.WriteNullValue(); break;
                case raw.SQLITE_INTEGER: json.WriteNumberValue(SqliteColumns.Int64(statement, i)); break;
                case raw.SQLITE_TEXT: json.WriteStringValue(SqliteColumns.Utf8(statement, i)); break;
                default: throw new NotSupportedException($"JSON column {i} holds a value that is neither INTEGER nor TEXT.");
            }
        }
        json.WriteEndObject();
    }

    public async Task ExecuteAsync(HttpContext http)
    {
        try
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = body.WrittenCount;
            await http.Response.Body.WriteAsync(body.WrittenMemory);
        }
        finally
        {
            body.Return();
        }
    }

    /// <summary>Documents the 200 response exactly as <c>Ok&lt;Page&lt;T&gt;&gt;</c> does.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Page<T>), ["application/json"]));
}

using OpenDisclosure.Data.Contracts;

namespace OpenDisclosure.Api.Tests;

public sealed class ContractTests
{
    [Theory]
    [InlineData("12.50", "12.5")]
    [InlineData("3.0", "3")]
    [InlineData("0.000", "0")]
    [InlineData("1234.5678", "1234.5678")]
    public void Normalize_drops_the_scale_sqlite_text_round_trips_add(string stored, string expected)
    {
        var value = decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture);

        var normalized = ReportDetailMapper.Normalize(value);

        Assert.Equal(expected, normalized!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(ReportDetailMapper.Normalize(null));
    }

    [Fact]
    public void Json_keeps_nulls_and_dotted_codes_and_readable_chinese()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(
            new Dictionary<string, decimal?> { ["normativeDocuments.inForce"] = null, ["机关"] = 1m }, ContractJson.Create());

        Assert.Equal("{\"normativeDocuments.inForce\":null,\"机关\":1}", json);
    }
}

namespace OpenDisclosure.Data.Rows;

/// <summary>Key/value facts about the database itself, such as the schema version it was built with.</summary>
public sealed class MetaRow
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}

using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// The rows one report has in a child table (25 rows of table 三, ~10 cells of table 二, 6 sections) inserted by one
/// statement: a single step opens the table's cursors once instead of once per row. One prepared statement per row
/// count met (the 2019 template has fewer rows), created on first use.
/// </summary>
internal sealed class MultiRowInsert(SqliteConnection connection, string table, string[] columns) : IDisposable
{
    private readonly Dictionary<int, NativeStatement> _byRowCount = [];

    public int Columns => columns.Length;

    /// <summary>The statement for <paramref name="rows"/> rows; bind row r's column c at <c>r × Columns + c + 1</c>, then Execute.</summary>
    public NativeStatement For(int rows)
    {
        if (!_byRowCount.TryGetValue(rows, out var statement))
            _byRowCount[rows] = statement = NativeStatement.Insert(connection, table, columns, rows: rows);
        return statement;
    }

    public void Dispose()
    {
        foreach (var statement in _byRowCount.Values) statement.Dispose();
    }
}

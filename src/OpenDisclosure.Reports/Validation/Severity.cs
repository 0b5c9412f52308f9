namespace OpenDisclosure.Reports.Validation;

public enum Severity
{
    Info,
    Warning,
    Error,
}

public static class SeverityCodes
{
    public static string Code(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static Severity? FromCode(string? code) => code?.ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };
}

namespace Learn.Web.Help;

/// <summary>A hub answer: the value, or a stable error code with a message in the caller's language.</summary>
public sealed record HelpResult<T>(T? Value, string? ErrorCode, string? Error)
    where T : class;

namespace Learn.Core.Errors;

/// <summary>A broken rule as a value: a stable <see cref="Code"/> the UI localises ("Error." + code) and its kind.</summary>
public sealed record LearnError(string Code, ErrorKind Kind)
{
    /// <summary>The key of the message in the feature's strings.</summary>
    public string MessageKey => "Error." + Code;
}

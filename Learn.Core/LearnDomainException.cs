namespace Learn.Core;

/// <summary>A broken business rule. <see cref="Code"/> is a stable key the UI localises.</summary>
public sealed class LearnDomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

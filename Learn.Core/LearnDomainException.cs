using Learn.Core.Errors;

namespace Learn.Core;

/// <summary>
/// A broken business rule, carrying its <see cref="LearnError"/>. Pages, hubs and endpoints do not catch it:
/// one filter each turns it into a status, a localised message or problem details.
/// </summary>
public sealed class LearnDomainException(ErrorKind kind, string code, string message) : Exception(message)
{
    /// <summary>An invalid input, the most common kind.</summary>
    public LearnDomainException(string code, string message)
        : this(ErrorKind.Invalid, code, message)
    {
    }

    public LearnError Error { get; } = new(code, kind);

    public string Code => Error.Code;

    public ErrorKind Kind => Error.Kind;
}

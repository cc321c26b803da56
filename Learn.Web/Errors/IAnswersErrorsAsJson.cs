using Learn.Core.Errors;

namespace Learn.Web.Errors;

/// <summary>
/// A page whose handler also answers scripts in JSON (help.js posts voice notes and photos to the conversation's form).
/// <see cref="LearnErrorPageFilter"/> then answers a broken rule in the same JSON shape, with the kind's status.
/// </summary>
public interface IAnswersErrorsAsJson
{
    /// <summary>Whether this request asked for JSON rather than a page.</summary>
    bool WantsJson { get; }

    /// <summary>The JSON body that tells the script which rule was broken and why, in the reader's language.</summary>
    object ErrorBody(LearnError problem, string message);
}

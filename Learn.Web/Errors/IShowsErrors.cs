using Learn.Core.Errors;

namespace Learn.Web.Errors;

/// <summary>
/// A page that shows a broken rule itself, above its form or beside the field the rule is about.
/// <see cref="LearnErrorPageFilter"/> calls it when a POST handler's rule is broken, then renders the page again.
/// </summary>
public interface IShowsErrors
{
    /// <summary>Shows <paramref name="message"/> and loads what the page shows; false when the page cannot be shown (then 404).</summary>
    Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct);
}

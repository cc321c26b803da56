using Learn.Core.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Errors;

/// <summary>The one mapping of a broken rule to what a caller gets: a status, a message in their language, problem details.</summary>
public static class LearnErrors
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.RateLimited => StatusCodes.Status429TooManyRequests,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The message from the feature's strings ("Error." + code); a code without one shows its key, which a test catches.</summary>
    public static string MessageOf(IStringLocalizer t, LearnError error) => t[error.MessageKey];

    /// <summary>RFC 9457 problem details; <c>code</c> is the stable key a program can test.</summary>
    public static ProblemHttpResult Problem(IStringLocalizer t, LearnError error) =>
        TypedResults.Problem(detail: MessageOf(t, error), statusCode: StatusOf(error.Kind),
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
}

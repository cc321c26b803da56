using Learn.Core;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Errors;

/// <summary>A broken rule in a JSON endpoint answers problem details with the kind's status and a localised detail.</summary>
public sealed class LearnErrorEndpointFilter(IStringLocalizer t) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (LearnDomainException e)
        {
            // The one place the API turns the exception into an answer; see LearnErrors for the mapping.
            return LearnErrors.Problem(t, e.Error);
        }
    }
}

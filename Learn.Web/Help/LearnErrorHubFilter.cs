using Learn.Core;
using Learn.Web.Errors;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Help;

/// <summary>
/// Broken rules (empty, too long, too fast, not yours) come back as a code and a reason, not as a dropped connection:
/// a method answering a <see cref="HelpResult{T}"/> gets one with the error (help.js reads it); any other method a
/// <see cref="HubException"/> whose message the caller sees.
/// </summary>
public sealed class LearnErrorHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext,
        Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (LearnDomainException e)
        {
            // Resolved only when a rule broke: the filter is one instance for all calls (see AddLearnHelp).
            var message = LearnErrors.MessageOf(invocationContext.ServiceProvider.GetRequiredService<IStringLocalizer>(), e.Error);
            return ResultType(invocationContext.HubMethod.ReturnType) is { } resultType
                ? Activator.CreateInstance(resultType, null, e.Code, message)
                : throw new HubException(message);
        }
    }

    /// <summary>HelpResult&lt;T&gt; when the method answers Task&lt;HelpResult&lt;T&gt;&gt;.</summary>
    private static Type? ResultType(Type returnType) =>
        returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
        && returnType.GetGenericArguments()[0] is { IsGenericType: true } inner && inner.GetGenericTypeDefinition() == typeof(HelpResult<>)
            ? inner
            : null;
}

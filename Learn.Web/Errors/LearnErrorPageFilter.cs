using Learn.Core;
using Learn.Core.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Errors;

/// <summary>
/// Turns a broken rule in a page handler into what the person sees: on a form post, the same page again with
/// the message (through <see cref="IShowsErrors"/>, or the model state) and the kind's status; "not found",
/// or a GET that breaks a rule, gets the status page; a script that asked for JSON (<see cref="IAnswersErrorsAsJson"/>) gets JSON. Page handlers hold no catch blocks for rules.
/// </summary>
public sealed class LearnErrorPageFilter(IStringLocalizer t) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || executed.Exception is not LearnDomainException { Error: var error })
        {
            return;
        }

        executed.ExceptionHandled = true;
        executed.Result = await ResultAsync(context, error);
    }

    private async Task<IActionResult> ResultAsync(PageHandlerExecutingContext context, LearnError error)
    {
        var http = context.HttpContext;
        var status = LearnErrors.StatusOf(error.Kind);
        if (context.HandlerInstance is IAnswersErrorsAsJson { WantsJson: true } script)
        {
            return new JsonResult(script.ErrorBody(error, LearnErrors.MessageOf(t, error))) { StatusCode = status };
        }

        // A GET has no form to show again; "not found" hides whether the thing exists at all.
        if (error.Kind == ErrorKind.NotFound || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return new StatusCodeResult(error.Kind == ErrorKind.Forbidden ? StatusCodes.Status404NotFound : status);
        }

        var message = LearnErrors.MessageOf(t, error);
        if (context.HandlerInstance is IShowsErrors page)
        {
            if (!await page.ShowErrorAsync(error, message, http.RequestAborted))
            {
                return new NotFoundResult();
            }
        }
        else
        {
            context.ModelState.AddModelError(string.Empty, message);
        }

        http.Response.StatusCode = status;
        return new PageResult();
    }
}

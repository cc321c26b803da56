using System.Globalization;
using System.Net;
using System.Text.Json;
using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Learn.Tests.Web.Errors;

/// <summary>A broken rule's kind decides the status once; pages, the hub and endpoints all say the same localised message.</summary>
[Collection(WebTests.Name)]
public sealed class LearnErrorsTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [Theory]
    [InlineData(ErrorKind.Invalid, 400)]
    [InlineData(ErrorKind.NotFound, 404)]
    [InlineData(ErrorKind.Forbidden, 403)]
    [InlineData(ErrorKind.Conflict, 409)]
    [InlineData(ErrorKind.RateLimited, 429)]
    [InlineData(ErrorKind.TooLarge, 413)]
    public void EachKindOfErrorHasOneStatus(ErrorKind kind, int status) => Assert.Equal(status, LearnErrors.StatusOf(kind));

    [Fact]
    public void EveryKindOfErrorHasAStatusOfItsOwn() =>
        Assert.Equal(Enum.GetValues<ErrorKind>().Length, Enum.GetValues<ErrorKind>().Select(LearnErrors.StatusOf).Distinct().Count());

    [Fact]
    public async Task AnEndpointThatBreaksARuleAnswersProblemDetailsWithTheLocalisedReasonAndTheCode()
    {
        var t = app.Services.GetRequiredService<IStringLocalizer>();
        var filter = new LearnErrorEndpointFilter(t);
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
        };
        http.Response.Body = new MemoryStream();

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("id");
        object? answer;
        try
        {
            answer = await filter.InvokeAsync(EndpointFilterInvocationContext.Create(http),
                _ => throw new LearnDomainException(ErrorKind.Conflict, "level.locked", "locked"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        await Assert.IsAssignableFrom<IResult>(answer).ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status409Conflict, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType);
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal(409, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Level ini belum terbuka.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("level.locked", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AFormThatBreaksARuleIsShownAgainWithTheLocalisedReasonAndTheKindsStatus()
    {
        var village = await app.AddVillageAsync("Salah " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        var response = await client.PostFormAsync("/akun/pin", [new("CurrentPin", "999999"), new("NewPin", "246813"), new("RepeatPin", "246813")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("PIN lama salah.", html);
        Assert.Contains("name=\"NewPin\"", html);
    }

    [Fact]
    public async Task AStepTheUserMayNotTakeIsShownOnThePageAsForbidden()
    {
        var village = await app.AddVillageAsync("Larang " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id);
        await app.WithDbAsync(async db =>
        {
            db.KaderAssignments.Add(new Learn.Core.Kader.KaderAssignment(learner.Id, kader.Id, false, "test", app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
        });
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(kader.Phone);
        var page = $"/kader/peserta/{learner.Id}";

        // Only a facilitator may fix a learner to a kader; the kader sees the learner's page and the reason.
        var response = await client.PostFormAsync(page, [new("kaderId", kader.Id.ToString(CultureInfo.InvariantCulture))], page + "?handler=Pin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Anda tidak berhak melakukan ini.", html);
        Assert.Contains(learner.Name, html);
    }
}

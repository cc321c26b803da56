using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Offline;

[Collection(WebTests.Name)]
public sealed partial class LightPagesTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private const int Budget = 30 * 1024;

    private static HttpRequestMessage Get(string url, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        return request;
    }

    [Fact]
    public async Task ALessonsFirstVisitWithItsStylesAndScriptsStaysUnderThirtyKilobytesCompressed()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.SendAsync(Get("/belajar/kenali"));
        Assert.Equal("br", page.Content.Headers.ContentEncoding.Single());
        var pageBytes = (await page.Content.ReadAsByteArrayAsync()).Length;

        // Read the plain HTML too, to find what it links to.
        var html = await client.GetStringAsync("/belajar/kenali");
        var assets = Linked().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("/css/", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/js/", StringComparison.Ordinal));

        var total = pageBytes;
        foreach (var asset in assets)
        {
            var response = await client.SendAsync(Get(asset));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.True(total <= Budget, $"first visit is {total} bytes compressed; the budget is {Budget}");
    }

    [Fact]
    public async Task FingerprintedStylesScriptsAndIconsAreCachedForAYear()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/");

        foreach (var asset in Linked().Matches(html).Select(m => m.Groups[1].Value).Distinct())
        {
            var response = await client.GetAsync(asset);
            Assert.Matches(@"\.[a-z0-9]{10}\.(css|js|svg|png)$", asset);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        }
    }

    [Fact]
    public async Task ARepeatVisitToALessonIsANotModifiedUntilTheLearnersProgressChanges()
    {
        var village = await app.AddVillageAsync("Etag " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        var first = await client.SendAsync(Get("/belajar/kenali"));
        var etag = first.Headers.ETag!.ToString();
        Assert.True(first.Headers.CacheControl!.Private);
        Assert.True(first.Headers.CacheControl.NoCache);
        Assert.False(first.Headers.CacheControl.NoStore);

        var repeat = await client.SendAsync(Get("/belajar/kenali", etag));
        Assert.Equal(HttpStatusCode.NotModified, repeat.StatusCode);
        Assert.Empty(await repeat.Content.ReadAsByteArrayAsync());

        var quiz = app.Services.GetRequiredService<CourseCatalog>().Current.FindLesson("kenali")!.Indonesian.Quiz;
        var fields = quiz.Questions.SelectMany(q => q.CorrectOptionIds.Select(o => new KeyValuePair<string, string>(q.Id, o)));
        var posted = await client.PostQuizAsync("/belajar/kenali", fields);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var afterMastery = await client.SendAsync(Get("/belajar/kenali", etag));
        Assert.Equal(HttpStatusCode.OK, afterMastery.StatusCode);
        Assert.NotEqual(etag, afterMastery.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task AnotherPersonNeverGetsANotModifiedForSomeoneElsesLessonPage()
    {
        var village = await app.AddVillageAsync("Etag2 " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var signedIn = app.CreateBrowserLikeClient();
        await signedIn.SignInOkAsync(learner.Phone);
        var etag = (await signedIn.SendAsync(Get("/belajar/kenali"))).Headers.ETag!.ToString();

        var stranger = await app.CreateBrowserLikeClient().SendAsync(Get("/belajar/kenali", etag));

        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
    }

    [Fact]
    public async Task TheAppIsInstallableWithAManifestAndIcons()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/");
        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">", html);

        var manifest = await client.GetAsync("/manifest.webmanifest");
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType!.MediaType);
        var text = await manifest.Content.ReadAsStringAsync();
        foreach (var icon in IconSource().Matches(text).Select(m => m.Groups[1].Value))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(icon)).StatusCode);
        }

        Assert.Contains("512x512", text);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sw.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/offline")).StatusCode);
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js|icons)/[^\"]+)\"")]
    private static partial Regex Linked();

    [GeneratedRegex("\"src\": \"([^\"]+)\"")]
    private static partial Regex IconSource();
}

using System.Net;
using System.Text.Json;

namespace Learn.Tests.Web.Lessons;

[Collection(WebTests.Name)]
public sealed class PublicPagesTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [Fact]
    public async Task HealthChecksTheDatabase()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnyoneCanReadALessonInIndonesianWithAQuizThatHidesTheAnswers()
    {
        var html = await app.CreateClient().GetStringAsync("/belajar/kenali");

        Assert.Contains("<html lang=\"id\">", html);
        Assert.Contains("<h1>Mengenal Ponsel</h1>", html);
        Assert.Contains("name=\"q1\"", html);
        Assert.Contains("type=\"checkbox\"", html); // q2 has two right answers
        Assert.DoesNotContain("Tombol volume mengatur suara", html); // feedback appears only after answering
        Assert.Contains("Anda belum masuk sebagai peserta", html);
    }

    [Fact]
    public async Task TheLanguageSwitchShowsTheEnglishTwinAndFallsBackWhereThereIsNone()
    {
        var client = app.CreateBrowserLikeClient();
        var switched = await client.GetAsync("/bahasa?culture=en&returnUrl=%2Fbelajar%2Fkenali");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/belajar/kenali", switched.Headers.Location!.OriginalString);

        var english = await client.GetStringAsync("/belajar/kenali");
        var fallback = await client.GetStringAsync("/belajar/aman");

        Assert.Contains("<h1>Knowing Your Phone</h1>", english);
        Assert.Contains("Check my answers", english);
        Assert.Contains("<h1>Aman dari Penipuan</h1>", fallback);
        Assert.Contains("not translated yet", fallback);
    }

    [Fact]
    public async Task AnUnknownLessonGetsAFriendly404()
    {
        var response = await app.CreateClient().GetAsync("/belajar/tidak-ada");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSitemapListsEveryLessonInBothLanguages()
    {
        var xml = await app.CreateClient().GetStringAsync("/sitemap.xml");

        foreach (var id in new[] { "kenali", "aman", "caption" })
        {
            Assert.Contains($"/belajar/{id}?culture=id</loc>", xml);
            Assert.Contains($"/belajar/{id}?culture=en</loc>", xml);
        }
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheProgressApi()
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));

        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/v1/me/progress", out _));
    }

    [Fact]
    public async Task CoursePicturesAreServedButCourseSourcesAreNot()
    {
        var client = app.CreateClient();
        var svg = await client.GetAsync("/kursus/01-dasar-ponsel/images/ponsel.svg");
        var source = await client.GetAsync("/kursus/01-dasar-ponsel/01-kenali.md");

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, source.StatusCode);
    }

    [Fact]
    public async Task TheApiAnswers401NotARedirectWhenSignedOut()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/api/v1/me/progress");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

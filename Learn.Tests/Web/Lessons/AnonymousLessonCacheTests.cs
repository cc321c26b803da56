using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Tests.TestHost;
using Learn.Web.Lessons;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Lessons;

[Collection(WebTests.Name)]
public sealed class AnonymousLessonCacheTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private const string Url = "/belajar/kenali";

    public static TheoryData<string> Encodings => new() { "identity", "gzip", "br" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task TheCachedAnonymousLessonIsByteIdenticalToAFreshRenderInEachEncoding(string encoding)
    {
        using var fresh = LearnTestHost.Sqlite.With("LessonPages:CacheAnonymous", "false").Build();
        using var cached = LearnTestHost.Sqlite.Build();
        var client = cached.CreateClient();
        await client.SendAsync(Get(encoding));

        var served = await client.SendAsync(Get(encoding));
        var rendered = await fresh.CreateClient().SendAsync(Get(encoding));

        var course = cached.Services.GetRequiredService<CourseCatalog>().Current;
        Assert.NotNull(cached.Services.GetRequiredService<AnonymousLessonPages>().Find(course, "kenali", "id"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(await BodyOf(rendered), await BodyOf(served));
        Assert.Equal(rendered.Content.Headers.ContentEncoding, served.Content.Headers.ContentEncoding);
        Assert.Equal(encoding == "identity" ? [] : [encoding], served.Content.Headers.ContentEncoding);
        Assert.Equal(["Accept-Encoding"], served.Headers.Vary);
        Assert.Equal("text/html; charset=utf-8", served.Content.Headers.ContentType!.ToString());
        Assert.True(served.Headers.CacheControl!.Private);
        Assert.True(served.Headers.CacheControl.NoCache);
        Assert.Equal(rendered.Headers.ETag, served.Headers.ETag);
    }

    [Fact]
    public async Task TheAnonymousLessonChangesWhenTheCourseSnapshotChanges()
    {
        var courses = CopyOfGoodCourses();
        using var changing = LearnTestHost.Sqlite.WithCourses(courses).Build();
        var client = changing.CreateClient();
        var before = await client.SendAsync(Get("br"));
        await client.SendAsync(Get("br"));
        Assert.Contains("<h1>Mengenal Ponsel</h1>", await BodyOf(before), StringComparison.Ordinal);

        var lesson = Path.Combine(courses, "01-dasar-ponsel", "01-kenali.md");
        await File.WriteAllTextAsync(lesson, (await File.ReadAllTextAsync(lesson)).Replace("title: Mengenal Ponsel", "title: Mengenal Ponsel Baru"));
        changing.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(changing.Services.GetRequiredService<CourseCatalog>().Reload().IsValid);

        var after = await client.SendAsync(Get("br", before.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("<h1>Mengenal Ponsel Baru</h1>", await BodyOf(after), StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task ARepeatAnonymousVisitIsANotModifiedFromTheCachedCopy()
    {
        var client = app.CreateClient();
        var first = await client.SendAsync(Get("br"));
        await client.SendAsync(Get("br"));

        var repeat = await client.SendAsync(Get("br", first.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.NotModified, repeat.StatusCode);
        Assert.Empty(await repeat.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, repeat.Headers.ETag);
    }

    [Fact]
    public async Task ASignedInLearnerNeverGetsTheCachedAnonymousPage()
    {
        var anonymous = app.CreateClient();
        await anonymous.SendAsync(Get("identity"));
        var anonymousPage = await BodyOf(await anonymous.SendAsync(Get("identity")));
        var village = await app.AddVillageAsync("Cache " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        var page = await client.SendAsync(Get("br"));
        var html = await BodyOf(page);

        Assert.NotEqual(anonymousPage, html);
        Assert.Contains("href=\"/bantuan\"", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", anonymousPage, StringComparison.Ordinal);
        Assert.Contains("data-learner=\"1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousQuizPostedWithoutATokenIsGradedAndStoresNothing()
    {
        var client = app.CreateClient();
        var attempts = await app.WithDbAsync(db => db.QuizAttempts.CountAsync());
        var quiz = app.Services.GetRequiredService<CourseCatalog>().Current.FindLesson("kenali")!.Indonesian.Quiz;
        var right = quiz.Questions.SelectMany(q => q.CorrectOptionIds.Select(o => new KeyValuePair<string, string>(q.Id, o)));

        var posted = await client.PostAsync(Url, new FormUrlEncodedContent(right));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("quiz-summary passed", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(attempts, await app.WithDbAsync(db => db.QuizAttempts.CountAsync()));
    }

    [Fact]
    public async Task ASignedInLearnersQuizPostWithoutATokenIsRefusedAndNotRecorded()
    {
        var village = await app.AddVillageAsync("Token " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        var posted = await client.PostAsync(Url, new FormUrlEncodedContent([new("q1", "b")]));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.QuizAttempts.CountAsync(a => a.AccountId == learner.Id)));
    }

    private static HttpRequestMessage Get(string encoding, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        return request;
    }

    private static async Task<string> BodyOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        await using Stream plain = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(plain);
        return await reader.ReadToEndAsync();
    }

    private static string CopyOfGoodCourses()
    {
        var target = TestPaths.NewTempFolder("courses");
        foreach (var file in Directory.GetFiles(TestPaths.GoodCourses, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(TestPaths.GoodCourses, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}

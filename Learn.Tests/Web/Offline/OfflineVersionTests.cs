using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Offline;

[Collection(WebTests.Name)]
public sealed partial class OfflineVersionTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [Fact]
    public async Task APageNamesThePhonesCachesAfterTheCourseSoACourseUpdateMakesTheWorkerRefreshWhatWasKept()
    {
        var client = app.CreateClient();
        var before = Version().Match(await client.GetStringAsync("/")).Groups[1].Value;
        Assert.NotEmpty(before);
        Assert.Equal(before, Version().Match(await client.GetStringAsync("/level/dasar-ponsel")).Groups[1].Value);

        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(app.Services.GetRequiredService<CourseCatalog>().Reload().IsValid);

        var after = Version().Match(await client.GetStringAsync("/")).Groups[1].Value;
        Assert.NotEmpty(after);
        Assert.NotEqual(before, after);
    }

    [GeneratedRegex("data-version=\"([^\"]+)\"")]
    private static partial Regex Version();
}

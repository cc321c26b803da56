using System.Net;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Tests.Web.Shop;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Kader;

/// <summary>The level session guides of the shipped courses on the kader's pages.</summary>
[Collection(ShopWebTests.Name)]
public sealed class KaderGuidePageTests(ShopApplication app) : IClassFixture<ShopApplication>
{
    [Fact]
    public async Task AKaderReadsTheSessionGuideOfEachLevelThatHasOne()
    {
        var village = await app.AddVillageAsync("Panduan " + Guid.NewGuid().ToString("N")[..6]);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(kader.Phone);
        var levels = app.Services.GetRequiredService<CourseCatalog>().Current.Levels.Where(l => l.KaderGuide is not null).ToList();
        Assert.NotEmpty(levels);

        var index = await client.GetStringAsync("/kader/panduan");
        foreach (var level in levels)
        {
            Assert.Contains($"href=\"/kader/panduan/{level.Number}\"", index, StringComparison.Ordinal);
            var page = await client.GetStringAsync($"/kader/panduan/{level.Number}");
            Assert.Contains(WebUtility.HtmlEncode(level.KaderGuide!.Indonesian.Title), page, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kader/panduan/99")).StatusCode);
    }

    [Fact]
    public async Task ALearnerCannotOpenTheKaderGuide()
    {
        var village = await app.AddVillageAsync("Panduan " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/kader/panduan/1")).StatusCode);
    }
}

using System.Net;
using Learn.Core.Accounts;
using Learn.Core.Villages;
using Learn.Tests.Web.Kader;

namespace Learn.Tests.Web.Help;

/// <summary>A learner who asks for help is told who will answer: their own kader, another kader of the village, or the facilitator.</summary>
[Collection(WebTests.Name)]
public sealed class HelpAnswererTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    /// <summary>Asks through the plain form, as a phone without JavaScript does, and reads the conversation page.</summary>
    private async Task<string> AskAndReadAsync(Account learner)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        var asked = await client.PostFormAsync("/bantuan/minta", [new("Text", "Tombol daya yang mana?"), new("ClientId", HelpClient.NewId())]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        return await client.GetStringAsync(asked.Headers.Location!.OriginalString.Split('#')[0]);
    }

    /// <summary>Each test has its own district, so no kader of another test's village is a neighbour.</summary>
    private Task<Village> NewVillageAsync() =>
        app.AddVillageAsync(KaderFixture.NewName("Tanya"), district: KaderFixture.NewName("Kecamatan"));

    [Fact]
    public async Task ALearnerWithNoKaderInAVillageWithoutKaderIsToldTheFacilitatorWillAnswer()
    {
        var village = await NewVillageAsync();
        await app.AddAccountAsync(Role.Facilitator, village.Id, "Hartini Widyastuti");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");

        var html = await AskAndReadAsync(learner);

        Assert.Contains("Fasilitator desa Anda akan menjawab di sini.", html);
        Assert.DoesNotContain("Menunggu kader", html);
        Assert.DoesNotContain("Untuk kader peserta", html);
    }

    [Fact]
    public async Task ALearnerWithNoKaderIsToldWhichKaderOfTheVillageWillAnswer()
    {
        var village = await NewVillageAsync();
        // A full kader cannot take her as a learner, but can still answer a question.
        var kader = await app.AddKaderAsync(village.Id, "Nur Fadilah", Gender.Female, capacity: 1);
        var other = await app.AddAccountAsync(Role.Learner, village.Id, "Rina Kurniawati");
        await app.KaderAssignmentsAsync(t => t.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), other.Id, sameGender: false, language: null));
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        Assert.Null(await app.KaderOfAsync(learner.Id));

        var html = await AskAndReadAsync(learner);

        Assert.Contains("Anda belum punya kader. Nur Fadilah, kader di desa Anda, akan menjawab di sini.", html);
    }

    [Fact]
    public async Task ALearnerWithAKaderIsToldTheirKaderWillAnswer()
    {
        var village = await NewVillageAsync();
        var kader = await app.AddKaderAsync(village.Id, "Dimas Aditya", Gender.Male);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        await app.KaderAssignmentsAsync(t => t.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), learner.Id, sameGender: false, language: null));

        var html = await AskAndReadAsync(learner);

        Assert.Contains("Dimas Aditya, kader Anda, akan menjawab di sini.", html);
    }
}

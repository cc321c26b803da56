using System.Text.RegularExpressions;
using Learn.Core.Accounts;
using Learn.Core.Villages;
using Learn.Tests.Web.Kader;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Facilitator;

/// <summary>A roster import gives every learner a kader at once where the rules allow, and its report says who got whom and who waits.</summary>
[Collection(WebTests.Name)]
public sealed partial class ImportAssignmentTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private static string Phone() => "0857" + Random.Shared.Next(10_000_000, 99_999_999);

    /// <summary>Each test has its own district, so no kader of another test's village counts as a neighbour.</summary>
    private async Task<(HttpClient Client, Village Village, Account Facilitator)> FacilitatorOfNewDistrictAsync()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Impor"), district: KaderFixture.NewName("Kecamatan"));
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(facilitator.Phone);
        return (client, village, facilitator);
    }

    private static async Task<string> ImportAsync(HttpClient client, string csv)
    {
        var preview = await (await client.UploadRosterAsync(FacilitatorClient.Utf8(csv))).Content.ReadAsStringAsync();
        var upload = UploadField().Match(preview).Groups[1].Value;
        Assert.NotEmpty(upload);
        var sheet = await client.PostAsync("/fasilitator/impor?handler=Import", new FormUrlEncodedContent(
            [new("upload", upload), new("CohortId", ""), new("__RequestVerificationToken", HttpClientExtensions.TokenOf(preview))]));
        return await sheet.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task AnImportedLearnerGetsThePreferredKaderAtOnceWhenTheyHaveAPlaceLeft()
    {
        var (client, village, facilitator) = await FacilitatorOfNewDistrictAsync();
        var dimas = await app.AddKaderAsync(village.Id, "Dimas Aditya", Gender.Male, capacity: 8);
        await app.AddKaderAsync(village.Id, "Nur Fadilah", Gender.Female, capacity: 8);
        for (var i = 0; i < 7; i++)
        {
            var learner = await app.AddAccountAsync(Role.Learner, village.Id, $"Peserta {i}");
            await app.KaderAssignmentsAsync(t => t.PinAsync(new Actor(facilitator.Id, Role.Facilitator), learner.Id, dimas.Id));
        }

        var phone = Phone();
        var html = await ImportAsync(client, $"nama,no_hp,desa,jenis_kelamin,kader\r\nSri Wahyuni,{phone},{village.Name},P,Dimas Aditya\r\n");

        var learnerId = await app.WithDbAsync(db => db.Accounts.Where(a => a.Phone == phone).Select(a => a.Id).SingleAsync());
        Assert.Equal(dimas.Id, await app.KaderOfAsync(learnerId));
        Assert.Contains("1 peserta mendapat kader, 0 peserta menunggu", html);
        Assert.Contains("<strong>Dimas Aditya</strong>", html);
        Assert.Contains("kader pilihan peserta sendiri", html);
    }

    [Fact]
    public async Task AnImportedLearnerWhoCannotBePlacedIsListedAsWaitingWithTheReason()
    {
        var (client, village, _) = await FacilitatorOfNewDistrictAsync();
        var kader = await app.AddKaderAsync(village.Id, "Rizky Amelia", Gender.Female, capacity: 1);
        var earlier = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        await app.KaderAssignmentsAsync(t => t.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), earlier.Id, sameGender: false, language: null));

        var (placed, waiting) = (Phone(), Phone());
        var html = await ImportAsync(client,
            $"nama,no_hp,desa,jenis_kelamin\r\nEndang Lestari,{placed},{village.Name},P\r\nSumarni,{waiting},{village.Name},P\r\n");

        // The only kader is full: nobody moves to make room, both wait, and the report says why.
        Assert.Equal(kader.Id, await app.KaderOfAsync(earlier.Id));
        Assert.Contains("0 peserta mendapat kader, 2 peserta menunggu", html);
        Assert.Equal(2, Regex.Count(html, "menunggu kader</span>"));
        Assert.Contains("yang masih punya tempat di Desa " + village.Name, html);
    }

    [GeneratedRegex("name=\"upload\" value=\"([^\"]+)\"")]
    private static partial Regex UploadField();
}

using System.Net;
using System.Text;
using System.Text.Json;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Help;
using Learn.Core.Offline;
using Learn.Core.Shop;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Help;
using Learn.Tests.Web.Kader;
using Learn.Tests.Web.Shop;
using Learn.Web.Shop;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Learn.Tests.Web.Facilitator;

/// <summary>
/// Export and delete cover every feature: kader pairing and wishes, help chats, the practice shop with its
/// orders, ledger and photo files, and offline sync receipts. Uses the shop's app (real scenarios).
/// </summary>
[Collection(ShopWebTests.Name)]
public class LearnerDataPrivacyTests(ShopApplication app) : IClassFixture<ShopApplication>
{
    private sealed record Learner(Account Account, long ShopId, long HelpRequestId, string PhotoFolder, string HelpFolder, byte[] VoiceNote);

    private async Task<Learner> LearnerInEveryFeatureAsync(int villageId, Account facilitator, Account kader, string name)
    {
        var learner = await app.AddAccountAsync(Role.Learner, villageId, name);
        var placement = await app.KaderAssignmentsAsync(t => t.AssignNewLearnerAsync(new Actor(facilitator.Id, Role.Facilitator), learner.Id, false, "jv"));
        Assert.Equal(kader.Id, placement?.KaderId);

        using var scope = app.Services.CreateScope();
        var help = scope.ServiceProvider.GetRequiredService<HelpService>();
        var request = await help.AskAsync(new Actor(learner.Id, Role.Learner), HelpContext.None, Guid.NewGuid().ToString("N"), "Bagaimana cara memotret produk?");
        await help.PostAsync(new Actor(kader.Id, Role.Kader), request.Id, Guid.NewGuid().ToString("N"), "Pakai cahaya dari jendela, Bu.");
        var attachments = scope.ServiceProvider.GetRequiredService<HelpAttachments>();
        var voice = VoiceSamples.Webm(TimeSpan.FromSeconds(3));
        await attachments.SendAsync(new Actor(learner.Id, Role.Learner), request.Id, Guid.NewGuid().ToString("N"), null,
            new HelpUpload(new MemoryStream(voice), voice.Length, HelpMessageKind.Voice));
        var example = TestImages.Encode(SKEncodedImageFormat.Jpeg);
        await attachments.SendAsync(new Actor(kader.Id, Role.Kader), request.Id, Guid.NewGuid().ToString("N"), "Seperti ini, Bu.",
            new HelpUpload(new MemoryStream(example), example.Length, HelpMessageKind.Photo));

        var shops = scope.ServiceProvider.GetRequiredService<ShopService>();
        var photos = scope.ServiceProvider.GetRequiredService<ShopPhotoStore>();
        var shop = await shops.OpenAsync(learner.Id, "Toko " + name);
        var jpeg = TestImages.Encode(SKEncodedImageFormat.Jpeg);
        string photo;
        await using (var stream = new MemoryStream(jpeg))
        {
            photo = await photos.SaveAsync(shop.Id, new FormFile(stream, 0, jpeg.Length, "Photo", "keripik.jpg"), CancellationToken.None);
        }

        await shops.SaveProductAsync(shop, null, new ProductInput("Keripik tempe 250 g", "Renyah.", 25_000, 10_000, 20, 250), photo);
        await shops.StartScenarioAsync(shop, "first-order");
        var order = (await shops.OrdersAsync(shop.Id)).Single();
        await shops.ReplyAsync(shop, order, "Siap, Kak, stok ada.");

        await app.WithDbAsync(async db =>
        {
            var at = app.Time.GetUtcNow();
            db.SyncReceipts.Add(new SyncReceipt(learner.Id, Guid.NewGuid().ToString("N"), "offline-lesson", at.AddMinutes(-5), at, true));
            await db.SaveChangesAsync();
        });

        // The file store's default root is the data folder.
        var folder = Path.Combine(app.DataFolder, "shop-photos", shop.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new Learner(learner, shop.Id, request.Id, folder,
            Path.Combine(app.DataFolder, "help-files", learner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), voice);
    }

    private async Task<(HttpClient Client, Account Facilitator, Account Kader, int Village)> VillageAsync()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa Privasi"), KaderFixture.NewName("Kec"));
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var kader = await app.AddKaderAsync(village.Id, KaderFixture.NewName("Kader Wulan"), Gender.Female);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(facilitator.Phone);
        return (client, facilitator, kader, village.Id);
    }

    [StorageFact]
    public async Task ALearnerWithDataInEveryFeatureIsExportedWithEachSectionAndNoOtherLearner()
    {
        var (client, facilitator, kader, village) = await VillageAsync();
        var learner = await LearnerInEveryFeatureAsync(village, facilitator, kader, KaderFixture.NewName("Sukarti"));
        var neighbour = await LearnerInEveryFeatureAsync(village, facilitator, kader, KaderFixture.NewName("Tetangga"));

        var export = await client.GetAsync($"/fasilitator/peserta/{learner.Account.Id}/data?handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var text = await export.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        Assert.Equal(kader.Name, root.GetProperty("kader").GetProperty("kaderName").GetString());
        Assert.Equal("jv", root.GetProperty("kaderWish").GetProperty("language").GetString());
        var help = Assert.Single(root.GetProperty("helpRequests").EnumerateArray());
        Assert.Equal(learner.HelpRequestId, help.GetProperty("id").GetInt64());
        var messages = help.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["Bagaimana cara memotret produk?", "Pakai cahaya dari jendela, Bu.", "", "Seperti ini, Bu."], messages.Select(m => m.GetProperty("text").GetString()));
        Assert.Equal(kader.Name, messages[1].GetProperty("senderName").GetString());
        Assert.True(messages[0].GetProperty("fromLearner").GetBoolean());
        // The voice note and the photo are in the download themselves, not only named.
        var voice = messages[2].GetProperty("attachment");
        Assert.Equal(("Voice", "audio/webm", 3000), (voice.GetProperty("kind").GetString(), voice.GetProperty("contentType").GetString(), voice.GetProperty("durationMs").GetInt32()));
        Assert.Equal(learner.VoiceNote, Convert.FromBase64String(voice.GetProperty("contentBase64").GetString()!));
        var photo = messages[3].GetProperty("attachment");
        Assert.Equal("Photo", photo.GetProperty("kind").GetString());
        using (var decoded = SKBitmap.Decode(Convert.FromBase64String(photo.GetProperty("contentBase64").GetString()!)))
        {
            Assert.Equal(1200, decoded.Width);
        }

        Assert.Equal(JsonValueKind.Null, messages[0].GetProperty("attachment").ValueKind);

        var shop = root.GetProperty("practiceShop");
        Assert.Equal(learner.ShopId, shop.GetProperty("id").GetInt64());
        Assert.EndsWith(".jpg", Assert.Single(shop.GetProperty("products").EnumerateArray()).GetProperty("photoFile").GetString(), StringComparison.Ordinal);
        Assert.Equal("first-order", Assert.Single(shop.GetProperty("scenarioRuns").EnumerateArray()).GetProperty("scenarioId").GetString());
        Assert.Single(shop.GetProperty("orders").EnumerateArray());
        Assert.Contains(shop.GetProperty("messages").EnumerateArray(), m => m.GetProperty("text").GetString() == "Siap, Kak, stok ada.");
        Assert.Contains(shop.GetProperty("ledger").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Capital");
        Assert.Equal("offline-lesson", Assert.Single(root.GetProperty("offlineSyncs").EnumerateArray()).GetProperty("lessonId").GetString());

        Assert.DoesNotContain(neighbour.Account.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(neighbour.Account.Phone, text, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task DeletingALearnerRemovesEveryRowAndPhotoAndLeavesTheirNeighbourUntouched()
    {
        var (client, facilitator, kader, village) = await VillageAsync();
        var learner = await LearnerInEveryFeatureAsync(village, facilitator, kader, KaderFixture.NewName("Sukarti"));
        var neighbour = await LearnerInEveryFeatureAsync(village, facilitator, kader, KaderFixture.NewName("Tetangga"));
        Assert.True(Directory.EnumerateFiles(learner.PhotoFolder).Any());
        Assert.Equal(3, Directory.EnumerateFiles(learner.HelpFolder).Count());
        var id = learner.Account.Id;

        var confirmed = await client.PostFormAsync($"/fasilitator/peserta/{id}/data?hapus=true", [new("confirm", "true")],
            $"/fasilitator/peserta/{id}/data?handler=Delete");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(Directory.Exists(learner.PhotoFolder));
        Assert.True(Directory.EnumerateFiles(neighbour.PhotoFolder).Any());
        // Their voice notes and photos, and the kader's photo in their chat, go too; the neighbour's stay.
        Assert.False(Directory.Exists(learner.HelpFolder));
        Assert.Equal(3, Directory.EnumerateFiles(neighbour.HelpFolder).Count());
        var shop = learner.ShopId;
        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Accounts.AnyAsync(a => a.Id == id));
            Assert.Equal(0, await db.KaderAssignments.CountAsync(a => a.LearnerId == id));
            Assert.Equal(0, await db.KaderWishes.CountAsync(w => w.LearnerId == id));
            Assert.Equal(0, await db.HelpRequests.CountAsync(r => r.LearnerId == id || r.Id == learner.HelpRequestId));
            Assert.Equal(0, await db.HelpMessages.CountAsync(m => m.SenderId == id || m.RequestId == learner.HelpRequestId));
            Assert.Equal(0, await db.Shops.CountAsync(s => s.LearnerId == id || s.Id == shop));
            Assert.Equal(0, await db.ShopProducts.CountAsync(p => p.ShopId == shop));
            Assert.Equal(0, await db.ScenarioRuns.CountAsync(r => r.ShopId == shop));
            Assert.Equal(0, await db.ShopOrders.CountAsync(o => o.ShopId == shop));
            Assert.Equal(0, await db.ShopMessages.CountAsync(m => m.ShopId == shop));
            Assert.Equal(0, await db.ShopFeedback.CountAsync(f => f.ShopId == shop));
            Assert.Equal(0, await db.LedgerEntries.CountAsync(e => e.ShopId == shop));
            Assert.Equal(0, await db.SyncReceipts.CountAsync(r => r.AccountId == id));
            Assert.Equal(0, await db.LessonProgress.CountAsync(p => p.AccountId == id));
            Assert.Equal(0, await db.QuizAttempts.CountAsync(a => a.AccountId == id));
            Assert.Equal(0, await db.LevelUnlocks.CountAsync(u => u.AccountId == id));
            Assert.Equal(0, await db.Milestones.CountAsync(m => m.LearnerId == id));
            Assert.Equal(0, await db.SkillSignOffs.CountAsync(s => s.LearnerId == id));
            Assert.Equal(0, await db.CohortMembers.CountAsync(m => m.LearnerId == id));
            Assert.Equal(0, await db.KaderPreferences.CountAsync(k => k.LearnerId == id));
            Assert.Equal(0, await db.BusinessSurveys.CountAsync(s => s.LearnerId == id));

            // Only the deletion itself is left, by id and without the name.
            var audit = Assert.Single(await db.AuditEntries.Where(a => a.SubjectAccountId == id || a.ActorId == id).ToListAsync());
            Assert.Equal(("privacy.deleted", facilitator.Id), (audit.Action, audit.ActorId));
            Assert.DoesNotContain(await db.AuditEntries.Select(a => a.Details).ToListAsync(), d => d.Contains(learner.Account.Name, StringComparison.Ordinal));

            // The neighbour and the kader keep everything.
            Assert.True(await db.Accounts.AnyAsync(a => a.Id == kader.Id));
            Assert.Equal(kader.Id, await db.KaderAssignments.Where(a => a.LearnerId == neighbour.Account.Id).Select(a => a.KaderId).SingleAsync());
            Assert.True(await db.HelpMessages.AnyAsync(m => m.RequestId == neighbour.HelpRequestId));
            Assert.True(await db.ShopOrders.AnyAsync(o => o.ShopId == neighbour.ShopId));
            Assert.True(await db.SyncReceipts.AnyAsync(r => r.AccountId == neighbour.Account.Id));
        });
    }

    [StorageFact]
    public async Task ALearnerFromARosterSeesWhoImportedThemAndWhenAndErasingThemLeavesTheImportToTheOthers()
    {
        var (client, facilitator, _, village) = await VillageAsync();
        var villageName = await app.WithDbAsync(db => db.Villages.Where(v => v.Id == village).Select(v => v.Name).SingleAsync());
        var phones = new[] { "0857" + Random.Shared.Next(10_000_000, 99_999_999), "0858" + Random.Shared.Next(10_000_000, 99_999_999) };
        var csv = $"nama,no_hp,desa,jenis_kelamin\nSri Impor,{phones[0]},{villageName},P\nWati Impor,{phones[1]},{villageName},P\n";
        RosterImportResult imported;
        using (var scope = app.Services.CreateScope())
        {
            imported = await scope.ServiceProvider.GetRequiredService<RosterImporter>()
                .ImportAsync(new Actor(facilitator.Id, Role.Facilitator), new MemoryStream(Encoding.UTF8.GetBytes(csv)), null, new Random(3));
        }

        var (learner, other) = (imported.Created[0].Id, imported.Created[1].Id);
        async Task<JsonElement> ImportEntryInExportAsync(int id)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/fasilitator/peserta/{id}/data?handler=Export"));
            return json.RootElement.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("action").GetString() == "roster.imported").Clone();
        }

        var entry = await ImportEntryInExportAsync(learner);
        Assert.Equal(facilitator.Id, entry.GetProperty("actorId").GetInt32());
        Assert.Equal(app.Time.GetUtcNow(), entry.GetProperty("at").GetDateTimeOffset());
        Assert.Equal($"2 learners in {villageName}", entry.GetProperty("details").GetString());

        var deleted = await client.PostFormAsync($"/fasilitator/peserta/{learner}/data?hapus=true", [new("confirm", "true")],
            $"/fasilitator/peserta/{learner}/data?handler=Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(entry.GetProperty("details").GetString(), (await ImportEntryInExportAsync(other)).GetProperty("details").GetString());
        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Accounts.AnyAsync(a => a.Id == learner));
            // Nothing left names the erased learner: the import's entry names no one.
            Assert.Equal(["privacy.deleted"], await db.AuditEntries.Where(a => a.SubjectAccountId == learner || a.ActorId == learner).Select(a => a.Action).ToListAsync());
            Assert.DoesNotContain(await db.AuditEntries.Select(a => a.Details).ToListAsync(), d => d.Contains("Sri Impor", StringComparison.Ordinal) || d.Contains(phones[0], StringComparison.Ordinal));
        });
    }

    [StorageFact]
    public async Task AFacilitatorOfAnotherVillageGetsNotFoundForExportAndDelete()
    {
        var (_, facilitator, kader, village) = await VillageAsync();
        var learner = await LearnerInEveryFeatureAsync(village, facilitator, kader, KaderFixture.NewName("Sukarti"));
        var (stranger, _, _, theirVillage) = await VillageAsync();
        var theirLearner = await app.AddAccountAsync(Role.Learner, theirVillage);
        var id = learner.Account.Id;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/fasilitator/peserta/{id}/data?handler=Export")).StatusCode);
        var delete = await stranger.PostFormAsync($"/fasilitator/peserta/{theirLearner.Id}/data?hapus=true", [new("confirm", "true")],
            $"/fasilitator/peserta/{id}/data?handler=Delete");

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True(Directory.EnumerateFiles(learner.PhotoFolder).Any());
        await app.WithDbAsync(async db =>
        {
            Assert.True(await db.Accounts.AnyAsync(a => a.Id == id));
            Assert.True(await db.HelpRequests.AnyAsync(r => r.LearnerId == id));
            Assert.True(await db.Shops.AnyAsync(s => s.LearnerId == id));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.SubjectAccountId == id && a.Action.StartsWith("privacy.")));
        });
    }
}

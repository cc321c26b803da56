using System.Net;
using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Kader;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Kader;

[Collection(WebTests.Name)]
public class KaderAssignmentTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [StorageFact]
    public async Task AKaderSeesOnlyTheirOwnLearnersDetails()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var ani = await app.AddKaderAsync(village.Id, "Ani", Gender.Female, capacity: 1);
        var budi = await app.AddKaderAsync(village.Id, "Budi", Gender.Male, capacity: 1);
        var first = await app.AddAccountAsync(Role.Learner, village.Id, "Satu");
        var second = await app.AddAccountAsync(Role.Learner, village.Id, "Dua");
        await app.AssignAllAsync();
        var aniLearner = await app.KaderOfAsync(first.Id) == ani.Id ? first : second;
        var budiLearner = aniLearner == first ? second : first;
        Assert.Equal(budi.Id, await app.KaderOfAsync(budiLearner.Id));

        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(ani.Phone);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/kader/peserta/{aniLearner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/kader/peserta/{budiLearner.Id}")).StatusCode);
        var list = await client.GetStringAsync("/kader/peserta");
        Assert.Contains(aniLearner.Name, list);
        Assert.DoesNotContain($"/kader/peserta/{budiLearner.Id}\"", list);
    }

    [StorageFact]
    public async Task ALearnerCannotSeeTheKaderListOfAnotherVillageNorCanAnotherFacilitator()
    {
        var mine = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var other = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        await app.AddKaderAsync(other.Id, "Kader Lain", Gender.Female);
        var learner = await app.AddAccountAsync(Role.Learner, mine.Id);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, mine.Id);

        var asLearner = app.CreateBrowserLikeClient();
        await asLearner.SignInOkAsync(learner.Phone);
        var denied = await asLearner.GetAsync($"/fasilitator/pendamping?desa={other.Id}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/akun/ditolak", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var asFacilitator = app.CreateBrowserLikeClient();
        await asFacilitator.SignInOkAsync(facilitator.Phone);
        Assert.Equal(HttpStatusCode.NotFound, (await asFacilitator.GetAsync($"/fasilitator/pendamping?desa={other.Id}")).StatusCode);
        Assert.DoesNotContain("Kader Lain", await asFacilitator.GetStringAsync($"/fasilitator/pendamping?desa={mine.Id}"));
    }

    [StorageFact]
    public async Task ANewLearnerRegisteredByAKaderGetsAKaderAtOnceWithAnAuditEntry()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var kader = await app.AddKaderAsync(village.Id, "Sari", Gender.Female);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(kader.Phone);
        var phone = $"0878{Random.Shared.Next(10_000_000, 99_999_999)}";

        var response = await client.PostFormAsync("/kader/peserta/baru",
        [
            new("Name", "Warsini"), new("Phone", phone), new("VillageId", village.Id.ToString()), new("Gender", "Female"),
            new("SameGenderTutor", "true"), new("TutorLanguage", "jv"),
        ]);

        Assert.Contains("Kader pendamping: Sari.", await response.Content.ReadAsStringAsync());
        var learnerId = await app.WithDbAsync(db => db.Accounts.Where(a => a.Phone == phone).Select(a => a.Id).SingleAsync());
        Assert.Equal(kader.Id, await app.KaderOfAsync(learnerId));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectAccountId == learnerId && a.Action == "tutor.assigned").SingleAsync());
        Assert.Equal(kader.Id, audit.ActorId);
        Assert.Contains("before: none; after: Sari", audit.Details);
        Assert.True(await app.WithDbAsync(db => db.KaderWishes.AnyAsync(w => w.LearnerId == learnerId && w.SameGender && w.Language == "jv")));
    }

    [StorageFact]
    public async Task DeactivatingAKaderMovesOnlyTheirLearnersAfterAPreviewAndLogsEveryMove()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var leaving = await app.AddKaderAsync(village.Id, "Pergi", Gender.Female, capacity: 2);
        var staying = await app.AddKaderAsync(village.Id, "Tetap", Gender.Female, capacity: 5);
        var learners = new List<Account>();
        for (var i = 0; i < 5; i++)
        {
            learners.Add(await app.AddAccountAsync(Role.Learner, village.Id, $"Peserta {i}"));
        }

        await app.AssignAllAsync();
        var before = new Dictionary<int, int?>();
        foreach (var l in learners)
        {
            before[l.Id] = await app.KaderOfAsync(l.Id);
        }

        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var actor = new Actor(facilitator.Id, Role.Facilitator);
        var off = new KaderSettings(2, ["id"], WeeklyAvailability.Everything, IsActive: false, CertifiedLevel: 2);

        var preview = await app.KaderAssignmentsAsync(s => s.PreviewKaderChangeAsync(actor, leaving.Id, off));
        var moved = before.Where(b => b.Value == leaving.Id).Select(b => b.Key).ToHashSet();
        Assert.Equal(moved, preview.Changes.Select(c => c.LearnerId).ToHashSet());
        Assert.Equal(leaving.Id, await app.KaderOfAsync(moved.First())); // a preview changes nothing

        await app.KaderAssignmentsAsync(s => s.ApplyKaderChangeAsync(actor, leaving.Id, off, preview.Fingerprint));

        foreach (var l in learners)
        {
            var now = await app.KaderOfAsync(l.Id);
            Assert.Equal(moved.Contains(l.Id) ? staying.Id : before[l.Id], now);
        }

        var audits = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "tutor.reassigned" && moved.Contains(a.SubjectAccountId!.Value)).ToListAsync());
        Assert.Equal(moved.Count, audits.Count);
        Assert.All(audits, a => Assert.Contains("why: kader deactivated", a.Details));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "tutor.kader_changed" && a.SubjectAccountId == leaving.Id)));
    }

    [StorageFact]
    public async Task CapacityZeroGetsAClearMessageAndChangesNothing()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var kader = await app.AddKaderAsync(village.Id, "Nol", Gender.Female, capacity: 4);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(facilitator.Phone);

        var response = await client.PostFormAsync($"/fasilitator/kader/{kader.Id}",
            [new("Capacity", "0"), new("Languages", "id"), new("IsActive", "true"), new("CertifiedLevel", "2")],
            $"/fasilitator/kader/{kader.Id}?handler=Apply");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("Kapasitas harus antara 1 dan 30", StringComparison.Ordinal), $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 3000)]}");
        Assert.Equal(4, await app.WithDbAsync(db => db.KaderProfiles.Where(p => p.KaderId == kader.Id).Select(p => p.Capacity).SingleAsync()));
    }

    [StorageFact]
    public async Task PinsThatCannotAllHoldAreRefusedAndNothingChanges()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var small = await app.AddKaderAsync(village.Id, "Kecil", Gender.Female, capacity: 1);
        await app.AddKaderAsync(village.Id, "Besar", Gender.Female, capacity: 5);
        var first = await app.AddAccountAsync(Role.Learner, village.Id, "Pertama");
        var second = await app.AddAccountAsync(Role.Learner, village.Id, "Kedua");
        await app.AssignAllAsync();
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var actor = new Actor(facilitator.Id, Role.Facilitator);
        await app.KaderAssignmentsAsync(s => s.PinAsync(actor, first.Id, small.Id));
        var auditCount = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var secondKader = await app.KaderOfAsync(second.Id);

        var error = await Assert.ThrowsAsync<LearnDomainException>(() => app.KaderAssignmentsAsync(s => s.PinAsync(actor, second.Id, small.Id)));

        Assert.Equal("kader.pin_impossible", error.Code);
        Assert.Equal(small.Id, await app.KaderOfAsync(first.Id));
        Assert.Equal(secondKader, await app.KaderOfAsync(second.Id));
        Assert.Equal(auditCount, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [StorageFact]
    public async Task TheirKaderRecordsAnAssistedQuizAndSignsOffASkillAnotherKaderCannot()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var kader = await app.AddKaderAsync(village.Id, "Bantu", Gender.Female, capacity: 1);
        var other = await app.AddKaderAsync(village.Id, "Lain", Gender.Female, capacity: 0 + 1);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Dibantu");
        await app.AssignAllAsync();
        var mine = await app.KaderOfAsync(learner.Id);
        var (own, stranger) = mine == kader.Id ? (kader, other) : (other, kader);

        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(own.Phone);
        var page = await client.GetStringAsync($"/kader/peserta/{learner.Id}/dibantu/kenali");
        Assert.Contains("MODE DIBANTU", page);
        var quiz = await client.PostFormAsync($"/kader/peserta/{learner.Id}/dibantu/kenali", [new("q1", "b"), new("q2", "a"), new("q2", "b")]);
        // Post-redirect-get: the results are graded again from the answers in the address; reloading them records nothing.
        Assert.Equal(HttpStatusCode.Redirect, quiz.StatusCode);
        var results = quiz.Headers.Location!.OriginalString.Split('#')[0];
        Assert.StartsWith($"/kader/peserta/{learner.Id}/dibantu/kenali?hasil=1&q1=b&q2=a&q2=b", results);
        Assert.Contains("quiz-summary", await client.GetStringAsync(results));
        Assert.Contains("quiz-summary", await client.GetStringAsync(results));
        var signOff = await client.PostFormAsync($"/kader/peserta/{learner.Id}", [new("skill", "kenali"), new("note", "Bisa menunjukkan tombol daya.")],
            $"/kader/peserta/{learner.Id}?handler=SignOff");
        Assert.Equal((HttpStatusCode.Redirect, $"/kader/peserta/{learner.Id}"), (signOff.StatusCode, signOff.Headers.Location?.ToString()));

        var attempt = await app.WithDbAsync(db => db.QuizAttempts.SingleAsync(q => q.AccountId == learner.Id));
        Assert.Equal(own.Id, attempt.AssistedByKaderId);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectAccountId == learner.Id && a.Action == "progress.assisted_quiz")));
        Assert.True(await app.WithDbAsync(db => db.SkillSignOffs.AnyAsync(s => s.LearnerId == learner.Id && s.KaderId == own.Id && s.SkillId == "kenali")));

        var strangerClient = app.CreateBrowserLikeClient();
        await strangerClient.SignInOkAsync(stranger.Phone);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/kader/peserta/{learner.Id}/dibantu/kenali")).StatusCode);
    }

    [StorageFact]
    public async Task RebalancingAVillageShowsAPreviewThenAssignsTheWaitingLearnerWithAnAuditEntry()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Menunggu");
        await app.AssignAllAsync();
        Assert.Null(await app.KaderOfAsync(learner.Id));
        var kader = await app.AddKaderAsync(village.Id, "Datang", Gender.Female);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(facilitator.Phone);
        var url = $"/fasilitator/pendamping/seimbangkan/{village.Id}";

        var preview = await client.GetStringAsync(url);
        Assert.Contains("1 peserta akan berganti kader:", preview);
        Assert.Null(await app.KaderOfAsync(learner.Id));
        var fingerprint = System.Text.RegularExpressions.Regex.Match(preview, "name=\"fingerprint\" value=\"([0-9A-F]+)\"").Groups[1].Value;
        var response = await client.PostFormAsync(url, [new("fingerprint", fingerprint)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(kader.Id, await app.KaderOfAsync(learner.Id));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectAccountId == learner.Id && a.Action == "tutor.assigned"
            && a.Details.Contains("why: village rebalanced") && a.ActorId == facilitator.Id)));
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Impact;
using Learn.Core.Facilitator.Readiness;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Facilitator;

[Collection(WebTests.Name)]
public partial class FacilitatorPagesTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private static string Unique(string name) => name + " " + Guid.NewGuid().ToString("N")[..6];

    private async Task<(HttpClient Client, Account Facilitator, int Village)> FacilitatorAsync()
    {
        var village = await app.AddVillageAsync(Unique("Sidomulyo"));
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(facilitator.Phone);
        return (client, facilitator, village.Id);
    }

    private static string Phone() => "0857" + Random.Shared.Next(10_000_000, 99_999_999);

    [StorageFact]
    public async Task AFacilitatorChecksARosterThenImportsItAndGetsAPinSheet()
    {
        var (client, _, villageId) = await FacilitatorAsync();
        var village = await app.WithDbAsync(db => db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync());
        var (p1, p2) = (Phone(), Phone());
        var csv = $"nama,no_hp,desa,dusun,jenis_kelamin,tahun_lahir\r\nNi Luh Sri'ani,{p1},{village},Dukuh Krajan,P,1990\r\nJoko Santoso,{p2},{village},,L,1972\r\n";

        var preview = await (await client.UploadRosterAsync(FacilitatorClient.Utf8(csv, bom: true))).Content.ReadAsStringAsync();

        Assert.Contains("Semua baris benar: 2 peserta siap didaftarkan", preview);
        Assert.Contains("Ni Luh Sri&#x27;ani", preview);
        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Phone == p1)));

        var upload = UploadField().Match(preview).Groups[1].Value;
        var sheet = await client.PostAsync("/fasilitator/impor?handler=Import", new FormUrlEncodedContent(
            [new("upload", upload), new("CohortId", ""), new("__RequestVerificationToken", HttpClientExtensions.TokenOf(preview))]));
        var html = await sheet.Content.ReadAsStringAsync();

        Assert.Contains("Lembar PIN pertama", html);
        Assert.Equal(2, PinCell().Count(html));
        Assert.True(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Phone == p1 && a.Hamlet == "Dukuh Krajan")));
        var list = await client.GetStringAsync("/fasilitator/peserta?cari=Joko");
        Assert.Contains("Joko Santoso", list);

        // The first PIN is stored as a keyed hash (no PBKDF2 per row); it works, and the first sign-in upgrades it to full strength.
        var pin = Regex.Match(html, p1 + "</td><td>[^<]*</td><td class=\"pin\">(\\d{6})<").Groups[1].Value;
        var imported = await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.Phone == p1));
        Assert.True(Learn.Core.Facilitator.Roster.FirstPinHasher.IsFirstPinHash(imported.PinHash));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().SignInAsync(p1, pin)).StatusCode);
        var hasher = app.Services.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<Account>>();
        var account = await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.Phone == p1));
        Assert.False(Learn.Core.Facilitator.Roster.FirstPinHasher.IsFirstPinHash(account.PinHash));
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success, hasher.VerifyHashedPassword(account, account.PinHash, pin));
    }

    [StorageFact]
    public async Task ACohortIsCreatedFilledByImportAndFiltersTheDashboard()
    {
        var (client, _, villageId) = await FacilitatorAsync();
        var village = await app.WithDbAsync(db => db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync());
        await app.AddAccountAsync(Role.Learner, villageId, "Bukan Angkatan");
        var created = await client.PostFormAsync("/fasilitator/kelompok", [new("Name", "Angkatan 2026"), new("VillageId", villageId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("StartsOn", "2026-11-01")]);
        // Post-redirect-get: the message waits for the page the browser is sent to.
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Angkatan \u201CAngkatan 2026\u201D sudah dibuat", WebUtility.HtmlDecode(await client.GetStringAsync(created.Headers.Location!.ToString())));
        var again = await client.PostFormAsync("/fasilitator/kelompok", [new("Name", "Angkatan 2026"), new("VillageId", villageId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("StartsOn", "2026-12-01")]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Desa ini sudah punya angkatan dengan nama itu.", await again.Content.ReadAsStringAsync());
        var cohort = await app.WithDbAsync(db => db.Cohorts.SingleAsync(c => c.VillageId == villageId));

        var preview = await (await client.UploadRosterAsync(FacilitatorClient.Utf8($"nama,no_hp,desa\nAnggota Baru,{Phone()},{village}\n"), cohort.Id)).Content.ReadAsStringAsync();
        await client.PostAsync("/fasilitator/impor?handler=Import", new FormUrlEncodedContent(
            [new("upload", UploadField().Match(preview).Groups[1].Value), new("CohortId", cohort.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("__RequestVerificationToken", HttpClientExtensions.TokenOf(preview))]));

        var inCohort = await client.GetStringAsync($"/fasilitator/peserta?kelompok={cohort.Id}");
        Assert.Contains("Anggota Baru", inCohort);
        Assert.DoesNotContain("Bukan Angkatan", inCohort);
        Assert.Contains("Dari 1 peserta terdaftar", await client.GetStringAsync($"/fasilitator?kelompok={cohort.Id}"));
    }

    [StorageFact]
    public async Task ARosterWithBadRowsIsReportedByRowAndNothingIsWritten()
    {
        var (client, _, villageId) = await FacilitatorAsync();
        var village = await app.WithDbAsync(db => db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync());
        var good = Phone();
        var csv = $"nama;no_hp;desa\r\nSiti;{good};{village}\r\nSri;12345;{village}\r\nTri;{Phone()};Desa Antah Berantah\r\n";

        var html = await (await client.UploadRosterAsync(FacilitatorClient.Utf8(csv, bom: true))).Content.ReadAsStringAsync();

        Assert.Contains("Ditemukan 2 masalah", html);
        Assert.Contains("Baris 3", html);
        Assert.Contains("Nomor HP &#x201C;12345&#x201D; tidak dikenali", html);
        Assert.Contains("Baris 4", html);
        Assert.Contains("Desa &#x201C;Desa Antah Berantah&#x201D; tidak dikenal.", html);
        Assert.DoesNotContain("handler=Import", html);
        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Phone == good)));
    }

    [StorageFact]
    public async Task AFacilitatorOfOneVillageCannotSeeOrExportAnotherVillagesLearners()
    {
        var (client, _, mine) = await FacilitatorAsync();
        var other = await app.AddVillageAsync(Unique("Kauman"));
        var myLearner = await app.AddAccountAsync(Role.Learner, mine, Unique("Milik Saya"));
        var theirs = await app.AddAccountAsync(Role.Learner, other.Id, Unique("Orang Lain"));
        await app.WithDbAsync(async db =>
        {
            db.BusinessSurveys.Add(new BusinessSurvey(theirs.Id, other.Id, 0, app.Time.GetUtcNow(), theirs.Id, new SurveyAnswers(true, 1, 1, [], 0)));
            await db.SaveChangesAsync();
        });

        foreach (var url in new[]
                 {
                     $"/fasilitator/peserta/{theirs.Id}", $"/fasilitator/peserta/{theirs.Id}/sertifikat", $"/fasilitator/peserta/{theirs.Id}/survei",
                     $"/fasilitator/peserta/{theirs.Id}/data", $"/fasilitator/peserta/{theirs.Id}/data?handler=Export",
                     $"/fasilitator?desa={other.Id}", $"/fasilitator?desa={other.Id}&handler=Csv&table=macet",
                     $"/fasilitator/peserta?desa={other.Id}&handler=Csv", $"/fasilitator/dampak?desa={other.Id}",
                 })
        {
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(url)).StatusCode, url);
        }

        var delete = await client.PostFormAsync($"/fasilitator/peserta/{myLearner.Id}/data?hapus=true", [new("confirm", "true")],
            $"/fasilitator/peserta/{theirs.Id}/data?handler=Delete");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Id == theirs.Id)));

        var list = await client.GetStringAsync("/fasilitator/peserta?handler=Csv");
        var dashboard = await client.GetStringAsync("/fasilitator");
        Assert.Contains(myLearner.Name, list);
        Assert.DoesNotContain(theirs.Name, list);
        Assert.DoesNotContain(theirs.Name, dashboard);
        Assert.DoesNotContain(other.Name, await client.GetStringAsync("/fasilitator/dampak"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/fasilitator/peserta/{myLearner.Id}")).StatusCode);
    }

    [StorageFact]
    public async Task KaderAndLearnersAreKeptOutOfTheFacilitatorPages()
    {
        var village = await app.AddVillageAsync(Unique("Tutup"));
        foreach (var role in new[] { Role.Kader, Role.Learner })
        {
            var person = await app.AddAccountAsync(role, village.Id);
            var client = app.CreateBrowserLikeClient();
            await client.SignInOkAsync(person.Phone);

            var response = await client.GetAsync("/fasilitator");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/akun/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/fasilitator\"", await client.GetStringAsync("/"));
        }
    }

    [StorageFact]
    public async Task TheDashboardExportsEveryTableAsCsvThatExcelOpens()
    {
        var (client, _, village) = await FacilitatorAsync();
        var learner = await app.AddAccountAsync(Role.Learner, village, "=Ni Luh Sri'ani Ñoman");

        var dashboard = await client.GetStringAsync($"/fasilitator?desa={village}");
        Assert.Contains("Corong peserta", dashboard);
        Assert.Contains("href=\"/fasilitator\"", dashboard);

        foreach (var table in new[] { "corong", "level", "inklusi", "macet", "soal" })
        {
            var response = await client.GetAsync($"/fasilitator?desa={village}&handler=Csv&table={table}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        }

        var list = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/fasilitator/peserta?desa={village}&handler=Csv"));
        Assert.Contains("'=Ni Luh Sri'ani Ñoman," + learner.Phone, list);
        Assert.Contains("\r\n", list);
    }

    [StorageFact]
    public async Task AReadyLearnersChecklistShowsTheEvidenceAndTheCertificateOpensOnlyWhenReady()
    {
        var (client, _, village) = await FacilitatorAsync();
        var kader = await app.AddAccountAsync(Role.Kader, village, "Dimas Aditya");
        var ready = await app.AddAccountAsync(Role.Learner, village, "Ratna Sari");
        var notYet = await app.AddAccountAsync(Role.Learner, village, "Siti Aminah");
        var rule = app.Services.GetRequiredService<ReadinessRules>().Current!;
        var course = app.Services.GetRequiredService<CourseCatalog>().Current;
        await app.WithDbAsync(db => ReadinessSeed.MakeReadyAsync(db, course, rule, ready.Id, kader.Id, app.Time.GetUtcNow()));

        var checklist = await client.GetStringAsync($"/fasilitator/peserta/{ready.Id}");
        Assert.Contains("Ratna Sari sudah Siap Jualan Online!", checklist);
        Assert.Contains("&#x201D;, putaran ke-5", checklist); // the evidence is said in Indonesian, not as stored ("scenario x, run 5")
        Assert.DoesNotContain(", run 5", checklist);
        Assert.Contains("Disahkan oleh kader Dimas Aditya", checklist);
        Assert.Contains("Kuis &#x201C;", checklist);
        Assert.Contains("Ratna Sari", await client.GetStringAsync($"/fasilitator/peserta/{ready.Id}/sertifikat"));

        var unmet = await client.GetStringAsync($"/fasilitator/peserta/{notYet.Id}");
        Assert.Contains("Belum siap: 5 dari 5 syarat belum terpenuhi.", unmet);
        // Not ready: no certificate, but a page that says what is missing instead of the generic "page moved".
        var notYetCertificate = await client.GetAsync($"/fasilitator/peserta/{notYet.Id}/sertifikat");
        Assert.Equal(HttpStatusCode.Conflict, notYetCertificate.StatusCode);
        var notYetHtml = await notYetCertificate.Content.ReadAsStringAsync();
        Assert.Contains("Sertifikat belum bisa dicetak", notYetHtml);
        Assert.Contains("Masih ada 5 syarat yang belum terpenuhi", notYetHtml);
        Assert.DoesNotContain("certificate-name", notYetHtml);
        Assert.Contains("Ratna Sari", await client.GetStringAsync($"/fasilitator/peserta?desa={village}&status=siap"));
        Assert.DoesNotContain("Siti Aminah", await client.GetStringAsync($"/fasilitator/peserta?desa={village}&status=siap"));
    }

    [StorageFact]
    public async Task SurveysFeedTheImpactTableOfTheVillage()
    {
        var (client, _, village) = await FacilitatorAsync();
        var learner = await app.AddAccountAsync(Role.Learner, village);
        var url = $"/fasilitator/peserta/{learner.Id}/survei";

        await client.PostFormAsync(url, [new("Wave", "0"), new("SellsOnline", "true"), new("Turnover", "2.500.000"), new("Margin", "15"), new("Employed", "1")]);
        var saved = await client.PostFormAsync(url, [new("Wave", "1"), new("SellsOnline", "true"), new("Turnover", "Rp 3.850.000"), new("Margin", "23"),
            new("Employed", "3"), new("Provinces", "Jawa Tengah"), new("Provinces", "DKI Jakarta")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var savedHtml = await client.GetStringAsync(saved.Headers.Location!.ToString());
        Assert.True(savedHtml.Contains("Survei lanjutan ke-1 tersimpan.", StringComparison.Ordinal), savedHtml[savedHtml.IndexOf("<main", StringComparison.Ordinal)..]);

        var impact = WebUtility.HtmlDecode(await client.GetStringAsync($"/fasilitator/dampak?desa={village}"));
        Assert.Contains("Rp 2.500.000", impact);
        Assert.Contains("Rp 3.850.000", impact);
        Assert.Contains("+54%", impact);
        Assert.Contains("+8 poin", impact);
        Assert.Contains("Kabupaten sendiri → 2 provinsi", impact);
        Assert.Contains("+200%", impact);
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/fasilitator/dampak?desa={village}&handler=Csv"));
        Assert.Contains("+54%", csv);
    }

    [StorageFact]
    public async Task ALearnersDataIsExportedAndDeletedAfterConfirmationBothAudited()
    {
        var (client, facilitator, village) = await FacilitatorAsync();
        var learner = await app.AddAccountAsync(Role.Learner, village, "Parjiyem");
        await app.WithDbAsync(async db =>
        {
            db.BusinessSurveys.Add(new BusinessSurvey(learner.Id, village, 0, app.Time.GetUtcNow(), facilitator.Id, new SurveyAnswers(true, 900_000, 12, [], 0)));
            db.Milestones.Add(new Learn.Core.Facilitator.Readiness.Milestone(learner.Id, "scam-refused", app.Time.GetUtcNow(), "scenario fake-transfer"));
            await db.SaveChangesAsync();
        });

        var export = await client.GetAsync($"/fasilitator/peserta/{learner.Id}/data?handler=Export");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        using (var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Parjiyem", json.RootElement.GetProperty("learner").GetProperty("name").GetString());
            Assert.Equal("scam-refused", json.RootElement.GetProperty("milestones")[0].GetProperty("key").GetString());
            Assert.Equal(900_000, json.RootElement.GetProperty("businessSurveys")[0].GetProperty("monthlyTurnover").GetInt64());
        }

        var page = $"/fasilitator/peserta/{learner.Id}/data?hapus=true";
        var post = $"/fasilitator/peserta/{learner.Id}/data?handler=Delete";
        var unconfirmed = await client.PostFormAsync(page, [], post);
        Assert.Contains("Centang kotak persetujuan dulu", await unconfirmed.Content.ReadAsStringAsync());
        Assert.True(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Id == learner.Id)));

        var confirmed = await client.PostFormAsync(page, [new("confirm", "true")], post);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Accounts.AnyAsync(a => a.Id == learner.Id));
            Assert.False(await db.Milestones.AnyAsync(m => m.LearnerId == learner.Id));
            var survey = await db.BusinessSurveys.SingleAsync(s => s.VillageId == village);
            Assert.Equal((null, 900_000L), (survey.LearnerId, survey.MonthlyTurnover));
            var actions = await db.AuditEntries.Where(a => a.ActorId == facilitator.Id).Select(a => a.Action).ToListAsync();
            Assert.Contains("privacy.deleted", actions);
            Assert.DoesNotContain(await db.AuditEntries.Select(a => a.Details).ToListAsync(), d => d.Contains("Parjiyem", StringComparison.Ordinal));
        });
        Assert.Contains("Parjiyem sudah dihapus", await client.GetStringAsync("/fasilitator/peserta"));
    }

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadField();

    [GeneratedRegex("<td class=\"pin\">\\d{6}</td>")]
    private static partial Regex PinCell();
}

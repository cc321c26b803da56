using Learn.Core.Accounts;
using Learn.Core.Help;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>A learner asks by voice with Chromium's fake microphone; the kader hears it live, and a note recorded in a blank spot arrives once.</summary>
[Collection(BrowserTests.Name)]
public sealed class VoiceNoteTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    private const string DurationOfFirstNote = """
        () => { const a = document.querySelector('#help-messages .msg-voice audio');
                return a && Number.isFinite(a.duration) && a.duration > 0 ? a.duration : null; }
        """;

    [Fact]
    public async Task ALearnerRecordsThreeSecondsTheKaderHearsThemLiveAndANoteRecordedOfflineArrivesExactlyOnce()
    {
        var village = await browser.App.AddVillageAsync("Suara " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await browser.App.AddAccountAsync(Role.Kader, village.Id, "Wulan Sari");
        var learnerAccount = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Mbah Tumini");
        await browser.OnPhonesAsync(async phones =>
        {
            var learner = await phones.OpenAsync("learner");
            await learner.Context.GrantPermissionsAsync(["microphone"]);
            await learner.SignInAsync(learnerAccount.Phone);
            await learner.GotoAsync("/bantuan/minta");
            await learner.GetByLabel("Pertanyaan Anda").FillAsync("Saya kirim suara saja ya");
            await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim pertanyaan" }).ClickAsync();
            await Assertions.Expect(learner.Locator("#help-connection")).ToHaveTextAsync("Tersambung.");

            var kader = await phones.SignInAsync(kaderAccount.Phone, name: "kader");
            await kader.GotoAsync("/bantuan/konsol");
            await kader.GetByRole(AriaRole.Link, new() { Name = "Mbah Tumini" }).ClickAsync();
            await Assertions.Expect(kader.Locator("#help-connection")).ToHaveTextAsync("Tersambung.");

            // Before anything is recorded the form offers only "Rekam suara": no send or cancel button, no empty player.
            await Assertions.Expect(learner.GetByRole(AriaRole.Button, new() { Name = "Rekam suara" })).ToBeVisibleAsync();
            await Assertions.Expect(learner.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan suara" })).ToBeHiddenAsync();
            await Assertions.Expect(learner.GetByRole(AriaRole.Button, new() { Name = "Batal", Exact = true })).ToBeHiddenAsync();
            await Assertions.Expect(learner.Locator(".help-voice-preview")).ToBeHiddenAsync();

            await RecordAsync(learner, "0:03");
            await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan suara" }).ClickAsync();

            // Live: the kader's page plays it, and the player knows it is about three seconds long.
            await Assertions.Expect(kader.Locator(".msg-voice audio")).ToHaveCountAsync(1);
            var played = await (await kader.WaitForFunctionAsync(DurationOfFirstNote)).JsonValueAsync<double>();
            Assert.InRange(played, 2.5, 4.0);
            var stored = await browser.App.WithDbAsync(db => db.HelpMessages.SingleAsync(m => m.SenderId == learnerAccount.Id && m.Kind == HelpMessageKind.Voice));
            Assert.InRange(stored.DurationMs!.Value, 2500, 4000);
            Assert.True(stored.ContentType is "audio/webm" or "audio/ogg", stored.ContentType);
            await Assertions.Expect(kader.Locator(".msg-voice .msg-kind").First)
                .ToHaveTextAsync("Pesan suara, " + Learn.Web.Help.VoiceLength.Format(stored.DurationMs));

            // In a blank spot: recorded and kept on the phone, sent once when the signal is back.
            await learner.Context.SetOfflineAsync(true);
            await RecordAsync(learner, "0:02");
            await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan suara" }).ClickAsync();
            await Assertions.Expect(learner.Locator(".msg.pending")).ToContainTextAsync("Menunggu sinyal");
            await learner.Context.SetOfflineAsync(false);

            await Assertions.Expect(kader.Locator(".msg-voice")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
            await Assertions.Expect(learner.Locator(".msg.pending")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
            await Assertions.Expect(learner.Locator(".msg-voice")).ToHaveCountAsync(2);
            await Assertions.Expect(kader.Locator(".msg-voice")).ToHaveCountAsync(2);
            Assert.Equal(2, await browser.App.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.SenderId == learnerAccount.Id && m.Kind == HelpMessageKind.Voice)));

            // After a reload both notes are still there, from the server (the outbox is empty).
            await learner.ReloadAsync();
            await Assertions.Expect(learner.Locator(".msg-voice audio")).ToHaveCountAsync(2);
            await Assertions.Expect(learner.Locator(".msg.pending")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task ALearnerAsksTheirFirstQuestionWithAVoiceNoteAloneAndItArrivesInTheConversation()
    {
        var village = await browser.App.AddVillageAsync("Suara pertama " + Guid.NewGuid().ToString("N")[..6]);
        await browser.App.AddAccountAsync(Role.Kader, village.Id, "Wulan Sari");
        var learnerAccount = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Mbah Tumini");
        await browser.OnPhonesAsync(async phones =>
        {
            var learner = await phones.OpenAsync("learner");
            await learner.Context.GrantPermissionsAsync(["microphone"]);
            await learner.SignInAsync(learnerAccount.Phone);
            await learner.GotoAsync("/bantuan/minta");

            await RecordAsync(learner, "0:02");
            await Assertions.Expect(learner.Locator(".help-voice-status")).ToContainTextAsync("Rekaman ikut terkirim bersama pertanyaan");
            await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim pertanyaan" }).ClickAsync();

            await Assertions.Expect(learner.Locator("#help-messages .msg-voice audio")).ToHaveCountAsync(1);
            var stored = await browser.App.WithDbAsync(db => db.HelpMessages.SingleAsync(m => m.SenderId == learnerAccount.Id));
            Assert.Equal(HelpMessageKind.Voice, stored.Kind);
            Assert.InRange(stored.DurationMs!.Value, 1500, 3500);
        });
    }

    /// <summary>Taps record, waits until the visible timer shows <paramref name="elapsed"/>, taps stop and waits for the preview.</summary>
    private static async Task RecordAsync(IPage page, string elapsed)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Rekam suara" }).ClickAsync();
        await Assertions.Expect(page.Locator(".help-voice-status")).ToContainTextAsync(elapsed + " /", new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesai merekam" }).ClickAsync();
        await Assertions.Expect(page.Locator(".help-voice-preview")).ToBeVisibleAsync();
    }
}

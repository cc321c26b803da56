using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

[Collection(BrowserTests.Name)]
public sealed class LiveHelpTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task ALearnerAsksFromALessonTheKaderAnswersAndAMessageTypedOfflineArrivesExactlyOnce()
    {
        var village = await browser.App.AddVillageAsync("Live " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await browser.App.AddAccountAsync(Role.Kader, village.Id, "Dimas Aditya");
        var learnerAccount = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Sri Wahyuni");
        var lesson = browser.App.Services.GetRequiredService<CourseCatalog>().Current.Levels[0].Lessons[0];
        await browser.OnPhonesAsync(async phones =>
        {
            var learner = await phones.SignInAsync(learnerAccount.Phone, name: "learner");
            await learner.GotoAsync($"/belajar/{lesson.Id}");
            await learner.GetByRole(AriaRole.Link, new() { Name = "Minta bantuan" }).ClickAsync();
            await learner.GetByLabel("Pertanyaan Anda").FillAsync("Tombol daya ada di mana?");
            await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim pertanyaan" }).ClickAsync();
            await Assertions.Expect(learner.Locator("#help-connection")).ToHaveTextAsync("Tersambung.");

            var kader = await phones.SignInAsync(kaderAccount.Phone, name: "kader");
            await kader.GotoAsync("/bantuan/konsol");
            await kader.GetByRole(AriaRole.Link, new() { Name = "Sri Wahyuni" }).ClickAsync();
            await Assertions.Expect(kader.Locator("#help-messages")).ToContainTextAsync("Tombol daya ada di mana?");
            await Assertions.Expect(kader.Locator("#help-connection")).ToHaveTextAsync("Tersambung.");
            await kader.GetByRole(AriaRole.Textbox, new() { Name = "Pesan", Exact = true }).FillAsync("Di sisi kanan ponsel, Bu.");
            await kader.GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();

            // Live: the learner sees the answer without reloading.
            await Assertions.Expect(learner.Locator("#help-messages")).ToContainTextAsync("Di sisi kanan ponsel, Bu.");
            await Assertions.Expect(learner.Locator("#help-request-status")).ToHaveTextAsync("Dimas Aditya sedang membantu.");

            // The signal drops: the message waits on the phone, then goes once the signal is back.
            await learner.Context.SetOfflineAsync(true);
            await learner.GetByRole(AriaRole.Textbox, new() { Name = "Pesan", Exact = true }).FillAsync("Sudah ketemu, terima kasih!");
            await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();
            await Assertions.Expect(learner.Locator(".msg.pending")).ToContainTextAsync("Menunggu sinyal");
            await learner.Context.SetOfflineAsync(false);

            var arrived = kader.Locator(".msg", new() { HasText = "Sudah ketemu, terima kasih!" });
            await Assertions.Expect(arrived).ToHaveCountAsync(1, new() { Timeout = 60_000 });
            await Assertions.Expect(learner.Locator(".msg.pending")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
            await Assertions.Expect(arrived).ToHaveCountAsync(1);
            Assert.Equal(1, await browser.App.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.Text == "Sudah ketemu, terima kasih!")));
        });
    }

    [Fact]
    public async Task AKaderWhoseConsoleJoinedAfterALearnerAskedStillGetsTheNewRequestWithoutReloading()
    {
        var village = await browser.App.AddVillageAsync("Konsol " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await browser.App.AddAccountAsync(Role.Kader, village.Id, "Bayu Saputra");
        var learnerAccount = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Tini Rahayu");
        await browser.OnPhonesAsync(async phones =>
        {
            var kader = await phones.SignInAsync(kaderAccount.Phone, name: "kader");
            // The console's live connection is held until the learner has asked: the page was rendered before the ask, and the
            // ask's push went out before the connection joined, as on a slow signal. The console must find out on joining.
            var asked = new TaskCompletionSource();
            await kader.RouteAsync(new Regex("/hubs/help/negotiate"), async route =>
            {
                await asked.Task;
                await route.ContinueAsync();
            });
            await kader.GotoAsync("/bantuan/konsol");
            var request = kader.GetByRole(AriaRole.Link, new() { Name = "Tini Rahayu" });
            await Assertions.Expect(request).ToHaveCountAsync(0);

            using (var scope = browser.App.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<HelpService>()
                    .AskAsync(new Actor(learnerAccount.Id, Role.Learner), HelpContext.None, Guid.NewGuid().ToString("N"), "Ongkir ke Semarang berapa?");
            }

            asked.SetResult();
            // Idle, the console reloads itself once it knows the list changed.
            await Assertions.Expect(request).ToBeVisibleAsync(new() { Timeout = 20_000 });
        });
    }
}

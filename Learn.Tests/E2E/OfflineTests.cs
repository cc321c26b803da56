using System.Text.Json;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

[Collection(BrowserTests.Name)]
public sealed class OfflineTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task ALessonOpenedOnceOpensOfflineItsQuizIsQueuedAndTheMasteryIsRecordedOnceWhenBackOnline()
    {
        var village = await browser.App.AddVillageAsync("Sinyal " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Sri Wahyuni");
        var lesson = browser.App.Services.GetRequiredService<CourseCatalog>().Current.Levels[0].Lessons[0];
        await browser.OnPhoneAsync(async page =>
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lanjutkan belajar" })).ToBeVisibleAsync();
            await page.WaitUntilTrueAsync("navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)");

            // Online: the lesson is opened once, and the service worker keeps it.
            await page.GotoAsync($"/belajar/{lesson.Id}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("Online");
            await page.WaitUntilTrueAsync($"caches.match('/belajar/{lesson.Id}').then(r => !!r)");

            // Offline: the lesson opens again from the phone, and the quiz answers wait in a queue.
            await page.Context.SetOfflineAsync(true);
            await page.GotoAsync("about:blank");
            var offline = await page.GotoAsync($"/belajar/{lesson.Id}");
            Assert.True(offline!.FromServiceWorker);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("Offline");
            Assert.Equal("offline", await page.EvaluateAsync<string>("fetch('/health').then(() => 'online', () => 'offline')"));

            // A lesson never opened is not on the phone: the worker has no network either and says so.
            await page.GotoAsync($"/belajar/{lesson.Id}?belum=dibuka".Replace(lesson.Id, browser.App.Services
                .GetRequiredService<CourseCatalog>().Current.Levels[0].Lessons[1].Id));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anda sedang offline", Level = 1 })).ToBeVisibleAsync();
            await page.GotoAsync($"/belajar/{lesson.Id}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();

            foreach (var question in lesson.Indonesian.Quiz.Questions)
            {
                foreach (var option in question.Options.Where(o => o.IsCorrect))
                {
                    await page.Locator($"#{question.Id}-{option.Id}").CheckAsync();
                }
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Jawaban disimpan di ponsel ini")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("1 jawaban menunggu dikirim");
            Assert.Equal(0, await AttemptsAsync(learner.Id, lesson.Id));

            // Back online: the queue is sent, graded on the server, and emptied.
            await page.Context.SetOfflineAsync(false);
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("Pelajaran dikuasai");
            await Assertions.Expect(page.Locator("#net .net-pending")).ToBeEmptyAsync();

            var (attempts, receipts, masteredAt, clientId) = await browser.App.WithDbAsync(async db =>
            {
                var progress = await db.LessonProgress.AsNoTracking().SingleAsync(p => p.AccountId == learner.Id && p.LessonId == lesson.Id);
                var receipt = await db.SyncReceipts.AsNoTracking().SingleAsync(r => r.AccountId == learner.Id);
                return (progress.Attempts, await db.SyncReceipts.CountAsync(r => r.AccountId == learner.Id), progress.MasteredAt, receipt.ClientId);
            });
            Assert.Equal((1, 1), (attempts, receipts));
            Assert.NotNull(masteredAt);

            // The phone sends the same batch again (a lost reply, a retry): nothing changes.
            var answers = lesson.Indonesian.Quiz.Questions.ToDictionary(q => q.Id, q => q.CorrectOptionIds.ToArray());
            var batch = JsonSerializer.Serialize(new { items = new[] { new { id = clientId, lessonId = lesson.Id, answers, answeredAt = DateTimeOffset.UtcNow } } });
            var replay = await page.EvaluateAsync<string>(
                "body => fetch('/api/v1/sync', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })"
                + ".then(r => r.json()).then(j => j.results[0].status)", batch);
            Assert.Equal("duplicate", replay);
            Assert.Equal(1, await AttemptsAsync(learner.Id, lesson.Id));
            Assert.Equal(masteredAt, await browser.App.WithDbAsync(db => db.LessonProgress.AsNoTracking()
                .Where(p => p.AccountId == learner.Id && p.LessonId == lesson.Id).Select(p => p.MasteredAt).SingleAsync()));
        }, signInAs: learner.Phone);
    }

    [Fact]
    public async Task AnswersSentIntoABlankSpotThatStillLooksOnlineWaitOnThePhoneSurviveAReloadAndCountOnceWhenTheSignalCarries()
    {
        var village = await browser.App.AddVillageAsync("Titik buta " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        var level = browser.App.Services.GetRequiredService<CourseCatalog>().Current.Levels[0];
        var lesson = level.Lessons[0];
        await using var proxy = new BlankSpotProxy(browser.App.ClientOptions.BaseAddress);
        await browser.OnPhoneAsync(async page =>
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lanjutkan belajar" })).ToBeVisibleAsync();
            await page.WaitUntilTrueAsync("navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)");
            await page.GotoAsync($"/belajar/{lesson.Id}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await page.WaitUntilTrueAsync($"caches.match('/belajar/{lesson.Id}').then(r => !!r)");

            // The tower drops every connection while the phone still says it is online.
            proxy.Cut();
            Assert.True(await page.EvaluateAsync<bool>("navigator.onLine"));
            await AnswerRightlyAsync(page, lesson);
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Jawaban disimpan di ponsel ini")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("1 jawaban menunggu dikirim");

            // Sent without the page's script (a plain form post), the phone says plainly that nothing went.
            await page.EvaluateAsync("document.querySelector('#kuis form').submit()");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tidak terkirim", Level = 1 })).ToBeVisibleAsync();

            // Now requests hang. The saved lesson still opens: the worker stops waiting for the network after
            // 2.5 s. The 6 s bound is not a speed measurement but what the learner sees: with the old 8 s wait
            // she stared at a blank screen past it; the generous margin covers a loaded test machine.
            proxy.Hang();
            await page.GotoAsync($"/belajar/{lesson.Id}", new() { WaitUntil = WaitUntilState.Commit, Timeout = 6_000 });
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("1 jawaban menunggu dikirim");

            // A second try on the hanging network is kept too, once the page's 10 s limit is up.
            await AnswerRightlyAsync(page, lesson);
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Jawaban disimpan di ponsel ini")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("2 jawaban menunggu dikirim");
            Assert.Equal(0, await AttemptsAsync(learner.Id, lesson.Id));

            // The signal carries again: the next request that gets through sends the queue (from whichever page
            // hears of it first), and each answer counts once.
            proxy.Restore();
            await page.GotoAsync($"/level/{level.Slug}");
            await page.WaitUntilTrueAsync(QueuedCount + ".then(n => n === 0)");
            // The phone lets go of an answer only once the server has stored it.
            Assert.Equal(2, await AttemptsAsync(learner.Id, lesson.Id));
            await page.ReloadAsync();
            // On a loaded machine the reload may take longer than the worker waits (2.5 s): the saved level page is
            // shown first and the "newer version" notice offers the fresh one, as a learner on a slow signal sees it.
            var item = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = lesson.Indonesian.Title });
            var newer = page.Locator(".net-newer button:visible");
            await Assertions.Expect(item.Filter(new() { HasText = "Dikuasai" }).Or(newer).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            if (await newer.IsVisibleAsync())
            {
                await newer.ClickAsync();
            }

            await Assertions.Expect(item).ToContainTextAsync("Dikuasai");
            await Assertions.Expect(page.Locator("#net .net-pending")).ToBeEmptyAsync();
            var (attempts, receipts, masteredAt) = await browser.App.WithDbAsync(async db =>
            {
                var progress = await db.LessonProgress.AsNoTracking().SingleAsync(p => p.AccountId == learner.Id && p.LessonId == lesson.Id);
                return (progress.Attempts, await db.SyncReceipts.CountAsync(r => r.AccountId == learner.Id), progress.MasteredAt);
            });
            Assert.Equal((2, 2), (attempts, receipts));
            Assert.NotNull(masteredAt);
            Assert.Equal(2, await AttemptsAsync(learner.Id, lesson.Id));
        }, signInAs: learner.Phone, baseUrl: proxy.BaseUrl);
    }

    [Fact]
    public async Task AQuizPostThatReachedTheServerButWhoseAnswerWasLostIsQueuedAndCountsOnceWhenTheQueueIsSent()
    {
        var village = await browser.App.AddVillageAsync("Jawaban hilang " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Dewi Lestari");
        var level = browser.App.Services.GetRequiredService<CourseCatalog>().Current.Levels[0];
        var lesson = level.Lessons[0];
        await using var proxy = new BlankSpotProxy(browser.App.ClientOptions.BaseAddress);
        await browser.OnPhoneAsync(async page =>
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lanjutkan belajar" })).ToBeVisibleAsync();
            await page.WaitUntilTrueAsync("navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)");
            await page.GotoAsync($"/belajar/{lesson.Id}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await page.WaitUntilTrueAsync($"caches.match('/belajar/{lesson.Id}').then(r => !!r)");

            // The answers reach the server and are recorded, but the reply is lost on the way back.
            proxy.Swallow();
            await AnswerRightlyAsync(page, lesson);
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
            await WaitForAttemptsAsync(learner.Id, lesson.Id, 1);
            await Assertions.Expect(page.GetByText("Jawaban disimpan di ponsel ini")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("1 jawaban menunggu dikirim");

            // Still swallowed: the reload comes from the phone, and the answer still waits there.
            await page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("1 jawaban menunggu dikirim");

            // Requests work again: the queue goes out, the server knows the answer's id, and it counts once.
            proxy.Restore();
            await page.GotoAsync($"/level/{level.Slug}");
            await page.WaitUntilTrueAsync(QueuedCount + ".then(n => n === 0)");
            await Assertions.Expect(page.Locator("#net")).ToContainTextAsync("tidak dihitung dua kali. Pelajaran dikuasai.");
            var (attempts, receipts, masteredAt) = await browser.App.WithDbAsync(async db =>
            {
                var progress = await db.LessonProgress.AsNoTracking().SingleAsync(p => p.AccountId == learner.Id && p.LessonId == lesson.Id);
                return (progress.Attempts, await db.SyncReceipts.CountAsync(r => r.AccountId == learner.Id), progress.MasteredAt);
            });
            Assert.Equal((1, 1), (attempts, receipts));
            Assert.NotNull(masteredAt);
            Assert.Equal(1, await AttemptsAsync(learner.Id, lesson.Id));
        }, signInAs: learner.Phone, baseUrl: proxy.BaseUrl);
    }

    [Fact]
    public async Task ASavedLessonShownOnACrawlingNetworkOffersTheNewerVersionWhenItArrivesWithoutMovingThePage()
    {
        var village = await browser.App.AddVillageAsync("Lambat " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Rina Kartika");
        var lesson = browser.App.Services.GetRequiredService<CourseCatalog>().Current.Levels[0].Lessons[0];
        await using var proxy = new BlankSpotProxy(browser.App.ClientOptions.BaseAddress);
        await browser.OnPhoneAsync(async page =>
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lanjutkan belajar" })).ToBeVisibleAsync();
            await page.WaitUntilTrueAsync("navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)");
            await page.GotoAsync($"/belajar/{lesson.Id}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await page.WaitUntilTrueAsync($"caches.match('/belajar/{lesson.Id}').then(r => !!r)");

            // Meanwhile the lesson was mastered with her kader on another phone, so the server's page is newer.
            using (var scope = browser.App.Services.CreateScope())
            {
                var answers = new QuizAnswers();
                foreach (var question in lesson.Indonesian.Quiz.Questions)
                {
                    foreach (var option in question.CorrectOptionIds)
                    {
                        answers.Pick(question.Id, option);
                    }
                }

                await scope.ServiceProvider.GetRequiredService<AttemptRecorder>().RecordQuizAsync(learner.Id, lesson, answers);
            }

            // The network crawls: the saved copy is shown, without the mastery yet, and no notice.
            proxy.Hold();
            await page.GotoAsync($"/belajar/{lesson.Id}", new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("article .badge.done")).ToHaveCountAsync(0);
            var notice = page.GetByRole(AriaRole.Button, new() { Name = "Ada versi baru — muat ulang" });
            await Assertions.Expect(notice).ToBeHiddenAsync();
            var before = await page.Locator("main").BoundingBoxAsync();

            // The server's page arrives at last: a notice over the bottom edge offers it, and nothing on the page moves.
            proxy.Release();
            await Assertions.Expect(notice).ToBeVisibleAsync();
            var after = await page.Locator("main").BoundingBoxAsync();
            Assert.Equal((before!.Y, before.Height), (after!.Y, after.Height));
            Assert.Equal("fixed", await page.Locator("#net").EvaluateAsync<string>("e => getComputedStyle(e).position"));

            await notice.ClickAsync();
            await Assertions.Expect(page.Locator("article .badge.done")).ToHaveTextAsync("Dikuasai");
        }, signInAs: learner.Phone, baseUrl: proxy.BaseUrl);
    }

    [Fact]
    public async Task ASavedLevelIsRefreshedWhenTheCourseChangesWithItsSizeShownAndWhatNoLongerBelongsIsRemoved()
    {
        var catalog = browser.App.Services.GetRequiredService<CourseCatalog>();
        var level = catalog.Current.Levels[0];
        await browser.OnPhoneAsync(async page =>
        {
            await page.GotoAsync($"/level/{level.Slug}");
            await page.WaitUntilTrueAsync("navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)");
            await Assertions.Expect(page.Locator("#offline-save .offline-size")).ToContainTextAsync("Ukuran unduhan: sekitar");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan untuk offline" }).ClickAsync();
            await Assertions.Expect(page.Locator("#offline-save .offline-result")).ToContainTextAsync("Tersimpan.");
            var before = await page.EvaluateAsync<string>("document.querySelector('script[data-version]').dataset.version");

            // Things the course no longer has: a lesson taken out and its picture.
            await page.EvaluateAsync($$"""
                Promise.all([
                  caches.open('learn-pages-{{before}}').then(c => c.put('/belajar/pelajaran-yang-dihapus', new Response('<h1>lama</h1>', { headers: { 'Content-Type': 'text/html' } }))),
                  caches.open('learn-assets-{{before}}').then(c => c.put('/kursus/gambar-lama.svg', new Response('<svg/>', { headers: { 'Content-Type': 'image/svg+xml' } })))
                ])
                """);

            // The course is updated on the server; the next page the phone opens names the new version.
            browser.App.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.True(catalog.Reload().IsValid);
            await page.ReloadAsync();
            var after = await page.EvaluateAsync<string>("document.querySelector('script[data-version]').dataset.version");
            Assert.NotEqual(before, after);

            // The new worker fetches the saved level again, says how much, and drops the old caches.
            await Assertions.Expect(page.Locator("#net .net-results"))
                .ToContainTextAsync(new Regex(@"\d+ halaman yang tersimpan di ponsel ini diperbarui ke isi kursus terbaru \(sekitar \d+(\.\d)? [KM]B\)"));
            var names = await page.EvaluateAsync<string[]>("caches.keys()");
            Assert.All(names, n => Assert.EndsWith(after, n));
            Assert.False(await page.EvaluateAsync<bool>("caches.match('/belajar/pelajaran-yang-dihapus').then(r => !!r)"));
            Assert.False(await page.EvaluateAsync<bool>("caches.match('/kursus/gambar-lama.svg').then(r => !!r)"));
            foreach (var lesson in level.Lessons)
            {
                Assert.True(await page.EvaluateAsync<bool>($"caches.open('learn-pages-{after}').then(c => c.match('/belajar/{lesson.Id}')).then(r => !!r)"),
                    $"{lesson.Id} is not saved under the new version.");
            }
        });
    }

    // The server writes on its own thread while the phone still waits: poll the database for the write itself.
    private async Task WaitForAttemptsAsync(int learnerId, string lessonId, int expected)
    {
        for (var tries = 0; await AttemptsAsync(learnerId, lessonId) != expected; tries++)
        {
            Assert.True(tries < 300, $"The server never recorded {expected} attempt(s).");
            await Task.Delay(100);
        }
    }

    private const string QueuedCount = """
        new Promise((resolve, reject) => {
            const open = indexedDB.open('learn-offline', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('answers', { keyPath: 'id' });
            open.onsuccess = () => {
                const count = open.result.transaction('answers').objectStore('answers').count();
                count.onsuccess = () => { open.result.close(); resolve(count.result); };
            };
            open.onerror = () => reject(open.error);
        })
        """;

    private static async Task AnswerRightlyAsync(IPage page, Lesson lesson)
    {
        foreach (var question in lesson.Indonesian.Quiz.Questions)
        {
            foreach (var option in question.Options.Where(o => o.IsCorrect))
            {
                await page.Locator($"#{question.Id}-{option.Id}").CheckAsync();
            }
        }
    }

    private Task<int> AttemptsAsync(int learnerId, string lessonId) =>
        browser.App.WithDbAsync(db => db.QuizAttempts.CountAsync(a => a.AccountId == learnerId && a.LessonId == lessonId));
}

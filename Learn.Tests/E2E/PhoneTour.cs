using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Help;
using Learn.Core.Shop;
using Learn.Tests.Web;
using Learn.Tests.Web.Facilitator;
using Learn.Tests.Web.Kader;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>
/// The main pages of every role, grouped by who looks at them, so a test signs each person in once and walks
/// their pages in one browser context. Add a page by adding a line to <see cref="Pages"/>; the people and things
/// the pages show are in <see cref="Scene"/>. The accessibility test and the phone reading test walk this one list.
/// </summary>
public static class PhoneTour
{
    /// <summary>Who looks at a page.</summary>
    public enum Viewer
    {
        Nobody,
        Learner,
        Kader,
        Facilitator,
    }

    /// <summary>A page to check: its name, where it is (built from the scene), who looks at it, and whether to answer the quiz first.</summary>
    public sealed record TourPage(string Name, Func<Scene, string> Url, Viewer SignedInAs = Viewer.Nobody, bool AnswerQuiz = false)
    {
        public TourPage(string name, string url, Viewer signedInAs = Viewer.Nobody, bool answerQuiz = false)
            : this(name, _ => url, signedInAs, answerQuiz)
        {
        }
    }

    /// <summary>One village with a facilitator, a kader who tutors, a learner with a practice shop and a help request, and a ready learner.</summary>
    public sealed record Scene(Account Facilitator, Account Kader, Account Learner, Account ReadyLearner, string LessonId,
        long HelpRequestId, long ProductId, long OrderId);

    private const string FirstLesson = "/belajar/kenali-ponsel";

    /// <summary>In the order a person would open them: the quiz is answered after the lesson was seen unanswered.</summary>
    public static readonly IReadOnlyList<TourPage> Pages =
    [
        new("home", "/"),
        new("lesson", FirstLesson),
        new("sign-in", "/akun/masuk"),
        new("offline", "/offline"),

        new("home, learner", "/", Viewer.Learner),
        new("level, learner", "/level/dasar-ponsel", Viewer.Learner),
        new("lesson, learner", FirstLesson, Viewer.Learner),
        new("quiz answered, learner", FirstLesson, Viewer.Learner, answerQuiz: true),
        new("help ask, learner", s => $"/bantuan/minta?pelajaran={s.LessonId}", Viewer.Learner),
        new("help list, learner", "/bantuan", Viewer.Learner),
        new("help conversation, learner", s => $"/bantuan/{s.HelpRequestId}", Viewer.Learner),
        new("shop, learner", "/toko", Viewer.Learner),
        new("shop products, learner", "/toko/produk", Viewer.Learner),
        new("shop new product, learner", "/toko/produk/baru", Viewer.Learner),
        new("shop product, learner", s => $"/toko/produk/{s.ProductId}", Viewer.Learner),
        new("shop orders, learner", "/toko/pesanan", Viewer.Learner),
        new("shop order, learner", s => $"/toko/pesanan/{s.OrderId}", Viewer.Learner),
        new("shop mutasi, learner", "/toko/mutasi", Viewer.Learner),
        new("shop cash book, learner", "/toko/kas", Viewer.Learner),
        new("shop stats, learner", "/toko/statistik", Viewer.Learner),

        new("kader learners list", "/kader/peserta", Viewer.Kader),
        new("kader learner, kader", s => $"/kader/peserta/{s.Learner.Id}", Viewer.Kader),
        new("assisted quiz, kader", s => $"/kader/peserta/{s.Learner.Id}/dibantu/{s.LessonId}", Viewer.Kader),
        new("kader guide, kader", "/kader/panduan", Viewer.Kader),
        new("help conversation, kader", s => $"/bantuan/{s.HelpRequestId}", Viewer.Kader),
        new("help console, kader", "/bantuan/konsol", Viewer.Kader),
        new("shop of a learner, kader", s => $"/toko/peserta/{s.Learner.Id}", Viewer.Kader),

        new("dashboard, facilitator", "/fasilitator", Viewer.Facilitator),
        new("learners, facilitator", "/fasilitator/peserta", Viewer.Facilitator),
        new("checklist, facilitator", s => $"/fasilitator/peserta/{s.ReadyLearner.Id}", Viewer.Facilitator),
        new("checklist not ready, facilitator", s => $"/fasilitator/peserta/{s.Learner.Id}", Viewer.Facilitator),
        new("certificate, facilitator", s => $"/fasilitator/peserta/{s.ReadyLearner.Id}/sertifikat", Viewer.Facilitator),
        new("import, facilitator", "/fasilitator/impor", Viewer.Facilitator),
        new("impact, facilitator", "/fasilitator/dampak", Viewer.Facilitator),
        new("kader assignment, facilitator", "/fasilitator/pendamping", Viewer.Facilitator),
        new("cohorts, facilitator", "/fasilitator/kelompok", Viewer.Facilitator),
        new("survey, facilitator", s => $"/fasilitator/peserta/{s.Learner.Id}/survei", Viewer.Facilitator),
        new("learner data, facilitator", s => $"/fasilitator/peserta/{s.Learner.Id}/data", Viewer.Facilitator),
        new("kader, facilitator", s => $"/fasilitator/kader/{s.Kader.Id}", Viewer.Facilitator),
        new("help metrics, facilitator", "/bantuan/metrik", Viewer.Facilitator),
    ];

    public static TheoryData<Viewer> Viewers => new(Enum.GetValues<Viewer>());

    private static readonly SemaphoreSlim SceneGate = new(1, 1);
    private static (LearnApplication App, Scene Scene)? _scene;

    /// <summary>
    /// Signs <paramref name="viewer"/> in once, opens each of their pages in one phone-sized context and runs
    /// <paramref name="check"/> on it; returns one line per page whose check failed, so one run names every page to fix.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WalkAsync(BrowserApplication browser, Viewer viewer, string testName,
        Func<IPage, TourPage, string, Task<string?>> check)
    {
        var scene = await SceneAsync(browser.App);
        var problems = new List<string>();
        await browser.OnPhonesAsync(async phones =>
        {
            var page = viewer == Viewer.Nobody ? await phones.OpenAsync() : await phones.SignInAsync(Person(scene, viewer).Phone);

            foreach (var target in Pages.Where(p => p.SignedInAs == viewer))
            {
                var url = target.Url(scene);
                var response = await page.GotoAsync(url);
                if (response?.Status != 200 || !page.Url.EndsWith(url, StringComparison.Ordinal))
                {
                    problems.Add($"{target.Name} ({url}): answered {response?.Status} at {page.Url}");
                    continue;
                }

                if (target.AnswerQuiz)
                {
                    await AnswerQuizWrongAsync(browser, page, url);
                }

                // Let the scripts show the online bar and their other parts, so they are checked too.
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                if (await check(page, target, url) is { } problem)
                {
                    problems.Add($"{target.Name} ({url}): {problem}");
                }
            }

            if (problems.Count > 0)
            {
                phones.KeepTraces();
            }
        }, testName + "-" + viewer);

        return problems;
    }

    private static Account Person(Scene scene, Viewer viewer) => viewer switch
    {
        Viewer.Learner => scene.Learner,
        Viewer.Kader => scene.Kader,
        Viewer.Facilitator => scene.Facilitator,
        _ => throw new ArgumentOutOfRangeException(nameof(viewer)),
    };

    private static async Task AnswerQuizWrongAsync(BrowserApplication browser, IPage page, string url)
    {
        var lesson = browser.App.Services.GetRequiredService<CourseCatalog>().Current.FindLesson(url.Split('/')[^1])!;
        foreach (var question in lesson.Indonesian.Quiz.Questions)
        {
            // One wrong pick per question, so both kinds of feedback are on the page.
            await page.Locator($"#{question.Id}-{question.Options.First(o => !o.IsCorrect).Id}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
        await Assertions.Expect(page.Locator(".quiz-summary")).ToBeVisibleAsync();
    }

    /// <summary>Builds the scene once per application: the pages only read it (answering the quiz adds an attempt, nothing more).</summary>
    private static async Task<Scene> SceneAsync(LearnApplication app)
    {
        await SceneGate.WaitAsync();
        try
        {
            if (_scene is { } built && built.App == app)
            {
                return built.Scene;
            }

            var scene = await BuildSceneAsync(app);
            _scene = (app, scene);
            return scene;
        }
        finally
        {
            SceneGate.Release();
        }
    }

    private static async Task<Scene> BuildSceneAsync(LearnApplication app)
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Axe"));
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id, "Hartini Widyastuti");
        var kader = await app.AddKaderAsync(village.Id, "Dimas Aditya", Gender.Male);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        var ready = await app.AddAccountAsync(Role.Learner, village.Id, "Rina Kurniawati");
        await app.KaderAssignmentsAsync(async assignments =>
        {
            await assignments.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), learner.Id, sameGender: false, language: null);
            return await assignments.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), ready.Id, sameGender: false, language: null);
        });

        var course = app.Services.GetRequiredService<CourseCatalog>().Current;
        await app.WithDbAsync(db => ReadinessSeed.MakeReadyAsync(db, course,
            app.Services.GetRequiredService<ReadinessRules>().Current!, ready.Id, kader.Id, app.Time.GetUtcNow()));

        using var scope = app.Services.CreateScope();
        var lessonId = course.Levels[0].Lessons[0].Id;
        var help = scope.ServiceProvider.GetRequiredService<HelpService>();
        var request = await help.AskAsync(new Actor(learner.Id, Role.Learner), new HelpContext(lessonId, null, null),
            Guid.NewGuid().ToString("N"), "Tombol daya ada di mana?");
        await help.TakeAsync(new Actor(kader.Id, Role.Kader), request.Id);
        await help.PostAsync(new Actor(kader.Id, Role.Kader), request.Id, Guid.NewGuid().ToString("N"), "Di sisi kanan ponsel, Bu.");

        var shops = scope.ServiceProvider.GetRequiredService<ShopService>();
        var shop = await shops.OpenAsync(learner.Id, "Toko Siti");
        var product = await shops.SaveProductAsync(shop, null,
            new ProductInput("Batik tulis Klaten", "Batik tulis motif parang, katun halus.", 150_000, 90_000, 5, 300), null);
        await shops.StartScenarioAsync(shop, "fake-transfer-receipt");
        var order = (await shops.OrdersAsync(shop.Id))[0];
        await shops.RecordAsync(shop, LedgerKind.Expense, 20_000, "Plastik kemasan");
        return new Scene(facilitator, kader, learner, ready, lessonId, request.Id, product.Id, order.Id);
    }
}

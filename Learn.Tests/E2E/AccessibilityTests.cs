using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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
/// axe-core (WCAG 2.0–2.2 A and AA rules) on the main pages, at phone size, each as the person who uses it.
/// Add a page by adding a line to <see cref="Pages"/>; the people and things the pages show are in <see cref="Scene"/>.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserApplication browser)
{
    /// <summary>Who looks at a page.</summary>
    public enum Viewer
    {
        Nobody,
        Learner,
        Kader,
        Facilitator,
    }

    /// <summary>A page to check: where it is (built from the scene), who is signed in, and whether to answer the quiz first.</summary>
    public sealed record AxePage(Func<Scene, string> Url, Viewer SignedInAs = Viewer.Nobody, bool AnswerQuiz = false)
    {
        public AxePage(string url, Viewer signedInAs = Viewer.Nobody, bool answerQuiz = false)
            : this(_ => url, signedInAs, answerQuiz)
        {
        }
    }

    /// <summary>One village with a facilitator, a kader who tutors, a learner with a practice shop and a help request, and a ready learner.</summary>
    public sealed record Scene(Account Facilitator, Account Kader, Account Learner, Account ReadyLearner, string LessonId,
        long HelpRequestId, long ProductId, long OrderId);

    private static readonly string FirstLesson = "/belajar/kenali-ponsel";

    public static readonly Dictionary<string, AxePage> Pages = new()
    {
        ["home"] = new("/"),
        ["home, learner"] = new("/", Viewer.Learner),
        ["level, learner"] = new("/level/dasar-ponsel", Viewer.Learner),
        ["lesson"] = new(FirstLesson),
        ["lesson, learner"] = new(FirstLesson, Viewer.Learner),
        ["quiz answered, learner"] = new(FirstLesson, Viewer.Learner, answerQuiz: true),
        ["sign-in"] = new("/akun/masuk"),
        ["offline"] = new("/offline"),

        ["help ask, learner"] = new(s => $"/bantuan/minta?pelajaran={s.LessonId}", Viewer.Learner),
        ["help list, learner"] = new("/bantuan", Viewer.Learner),
        ["help conversation, learner"] = new(s => $"/bantuan/{s.HelpRequestId}", Viewer.Learner),
        ["help conversation, kader"] = new(s => $"/bantuan/{s.HelpRequestId}", Viewer.Kader),
        ["help console, kader"] = new("/bantuan/konsol", Viewer.Kader),
        ["help metrics, facilitator"] = new("/bantuan/metrik", Viewer.Facilitator),

        ["shop, learner"] = new("/toko", Viewer.Learner),
        ["shop products, learner"] = new("/toko/produk", Viewer.Learner),
        ["shop new product, learner"] = new("/toko/produk/baru", Viewer.Learner),
        ["shop product, learner"] = new(s => $"/toko/produk/{s.ProductId}", Viewer.Learner),
        ["shop orders, learner"] = new("/toko/pesanan", Viewer.Learner),
        ["shop order, learner"] = new(s => $"/toko/pesanan/{s.OrderId}", Viewer.Learner),
        ["shop mutasi, learner"] = new("/toko/mutasi", Viewer.Learner),
        ["shop cash book, learner"] = new("/toko/kas", Viewer.Learner),
        ["shop stats, learner"] = new("/toko/statistik", Viewer.Learner),
        ["shop of a learner, kader"] = new(s => $"/toko/peserta/{s.Learner.Id}", Viewer.Kader),

        ["kader learners list"] = new("/kader/peserta", Viewer.Kader),
        ["kader learner, kader"] = new(s => $"/kader/peserta/{s.Learner.Id}", Viewer.Kader),
        ["tutors, facilitator"] = new("/fasilitator/pendamping", Viewer.Facilitator),
        ["kader, facilitator"] = new(s => $"/fasilitator/kader/{s.Kader.Id}", Viewer.Facilitator),

        ["dashboard, facilitator"] = new("/fasilitator", Viewer.Facilitator),
        ["learners, facilitator"] = new("/fasilitator/peserta", Viewer.Facilitator),
        ["checklist, facilitator"] = new(s => $"/fasilitator/peserta/{s.ReadyLearner.Id}", Viewer.Facilitator),
        ["checklist not ready, facilitator"] = new(s => $"/fasilitator/peserta/{s.Learner.Id}", Viewer.Facilitator),
        ["certificate, facilitator"] = new(s => $"/fasilitator/peserta/{s.ReadyLearner.Id}/sertifikat", Viewer.Facilitator),
        ["import, facilitator"] = new("/fasilitator/impor", Viewer.Facilitator),
        ["impact, facilitator"] = new("/fasilitator/dampak", Viewer.Facilitator),
    };

    public static TheoryData<string> PageNames => new(Pages.Keys);

    private static readonly SemaphoreSlim SceneGate = new(1, 1);
    private static (LearnApplication App, Scene Scene)? _scene;

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task MainPagesHaveNoAxeViolations(string name)
    {
        var target = Pages[name];
        var scene = await SceneAsync();
        var url = target.Url(scene);
        var context = await browser.NewPhoneContextAsync();
        var failed = true;
        try
        {
            var page = await context.NewPageAsync();
            if (target.SignedInAs != Viewer.Nobody)
            {
                await SignInAsync(page, target.SignedInAs switch
                {
                    Viewer.Learner => scene.Learner,
                    Viewer.Kader => scene.Kader,
                    _ => scene.Facilitator,
                });
            }

            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            Assert.EndsWith(url, page.Url, StringComparison.Ordinal);
            if (target.AnswerQuiz)
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

            // Let the script show the online bar and its other parts, so they are checked too.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var results = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });

            var report = string.Join(Environment.NewLine, results.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}"));
            Assert.True(results.Violations.Length == 0, $"{name} ({url}):{Environment.NewLine}{report}");

            // At 360 px nothing may make the page scroll sideways; wide tables scroll inside their .table-wrap.
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var wide = overflow <= 0 ? "" : await page.EvaluateAsync<string>(WidestElementsScript);
            Assert.True(overflow <= 0, $"{name} ({url}) is {overflow} px wider than the phone: {wide}");
            failed = false;
        }
        finally
        {
            await BrowserApplication.FinishAsync(context, "axe-" + name.Replace(' ', '-').Replace(",", ""), failed);
        }
    }

    /// <summary>Names the outermost elements that reach past the right edge of the phone, to say what to fix.</summary>
    private const string WidestElementsScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5);
          return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ +/g, '.') : '')
              + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');
        }
        """;

    /// <summary>Builds the scene once per application: the pages only read it.</summary>
    private async Task<Scene> SceneAsync()
    {
        await SceneGate.WaitAsync();
        try
        {
            if (_scene is { } built && built.App == browser.App)
            {
                return built.Scene;
            }

            var scene = await BuildSceneAsync(browser.App);
            _scene = (browser.App, scene);
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
        await app.TutoringAsync(async tutoring =>
        {
            await tutoring.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), learner.Id, sameGender: false, language: null);
            return await tutoring.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), ready.Id, sameGender: false, language: null);
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

    private static async Task SignInAsync(IPage page, Account person)
    {
        await page.SignInAsync(person.Phone);
    }
}

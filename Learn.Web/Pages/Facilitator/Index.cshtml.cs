using Learn.Content.Courses;
using Learn.Core.Readiness;
using Learn.Core.Roster;
using Learn.Web.Facilitator;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Pages.Facilitator;

/// <summary>The facilitator dashboard: funnel, learners per level, inclusion, stuck learners, difficult questions; CSV of each.</summary>
public sealed class IndexModel(FacilitatorScope scope, FacilitatorDashboard dashboard, ReadinessRules rules, CourseCatalog courses,
    IStringLocalizer t) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "desa")]
    public int? VillageId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kelompok")]
    public int? CohortId { get; set; }

    [BindProperty(SupportsGet = true, Name = "macet")]
    public int StuckPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "soal")]
    public int QuestionPage { get; set; } = 1;

    public IReadOnlyList<FacilitatorScope.Choice> Villages { get; private set; } = [];

    public IReadOnlyList<FacilitatorScope.CohortChoice> Cohorts { get; private set; } = [];

    public bool HasRule => rules.Current is not null;

    public int Total { get; private set; }

    public IReadOnlyList<FunnelStep> Funnel { get; private set; } = [];

    public IReadOnlyList<LevelCount> PerLevel { get; private set; } = [];

    public IReadOnlyList<InclusionRow> Inclusion { get; private set; } = [];

    public IReadOnlyList<StuckRow> Stuck { get; private set; } = [];

    public int StuckTotal { get; private set; }

    public IReadOnlyList<DifficultQuestion> Questions { get; private set; } = [];

    public int QuestionTotal { get; private set; }

    public CourseSnapshot Course => courses.Current;

    public static int Pages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await scope.FilterAsync(User, VillageId, CohortId, ct) is not { } filter)
        {
            return NotFound();
        }

        Villages = await scope.VillagesAsync(User, ct);
        Cohorts = await scope.CohortsAsync(User, ct);
        var standings = await dashboard.StandingsAsync(filter, ct);
        Total = standings.Count;
        Funnel = dashboard.Funnel(standings);
        PerLevel = dashboard.PerLevel(standings);
        Inclusion = await dashboard.InclusionAsync(standings, ct);
        StuckPage = Math.Clamp(StuckPage, 1, Pages(standings.Count(s => s.Stuck != StuckReason.None)));
        (Stuck, StuckTotal) = await dashboard.StuckAsync(standings, (StuckPage - 1) * PageSize, PageSize, ct);
        var questions = await dashboard.DifficultQuestionsAsync(filter, ct);
        QuestionTotal = questions.Count;
        QuestionPage = Math.Clamp(QuestionPage, 1, Pages(QuestionTotal));
        Questions = questions.Skip((QuestionPage - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    /// <summary>One table, all rows (not just the page shown), as CSV for Excel.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken ct)
    {
        if (await scope.FilterAsync(User, VillageId, CohortId, ct) is not { } filter)
        {
            return NotFound();
        }

        var lang = LocalizationExtensions.CurrentLanguage();
        var standings = await dashboard.StandingsAsync(filter, ct);
        (string[] Header, IEnumerable<object?[]> Rows)? csv = table switch
        {
            "corong" => ([t["Facilitator.Funnel.Step"], t["Facilitator.Learners"], t["Facilitator.Percent"]],
                dashboard.Funnel(standings).Select(s => new object?[] { StepName(s), s.Learners, s.Percent })),
            "level" => ([t["Facilitator.Level"], t["Facilitator.Learners"]],
                dashboard.PerLevel(standings).Select(l => new object?[] { LevelName(l.LevelNumber), l.Learners })),
            "inklusi" => ([t["Facilitator.Village"], t["Facilitator.Learners"], t["Facilitator.Inclusion.Women"], t["Facilitator.Inclusion.WomenPercent"],
                    t["Facilitator.Inclusion.Young"], t["Facilitator.Inclusion.YoungPercent"], t["Facilitator.Ready"], t["Facilitator.Inclusion.ReadyWomenPercent"]],
                (await dashboard.InclusionAsync(standings, ct)).Select(r => new object?[]
                    { r.Village, r.Learners, r.Women, r.WomenPercent, r.Young, r.YoungPercent, r.Ready, r.ReadyWomenPercent })),
            "macet" => ([t["Account.Name"], t["Facilitator.Village"], t["Facilitator.Level"], t["Facilitator.LastActivity"],
                    t["Facilitator.Stuck.Failures"], t["Facilitator.Stuck.Reason"]],
                (await dashboard.StuckAsync(standings, 0, int.MaxValue, ct)).Rows.Select(r => new object?[]
                    { r.Name, r.Village, r.CurrentLevel, r.LastActivity, r.ConsecutiveFailures, ReasonText(r.Reason) })),
            "soal" => ([t["Facilitator.Questions.Lesson"], t["Facilitator.Questions.Question"], t["Facilitator.Questions.Wrong"],
                    t["Facilitator.Questions.Attempts"], t["Facilitator.Percent"]],
                (await dashboard.DifficultQuestionsAsync(filter, ct)).Select(q => new object?[]
                    { QuestionText.LessonTitle(Course, q.LessonId, lang), QuestionText.Of(Course, q.LessonId, q.QuestionId, lang), q.Wrong, q.Attempts, q.WrongPercent })),
            _ => null,
        };
        return csv is { } c
            ? File(CsvWriter.ToBytes(c.Header, c.Rows), "text/csv; charset=utf-8", FacilitatorScope.FileName("dasbor-" + table, "csv"))
            : NotFound();
    }

    public string StepName(FunnelStep step) => step.Key switch
    {
        "level" => t["Facilitator.Funnel.Level", step.LevelNumber!.Value, Course.FindLevel(step.LevelNumber.Value)!.Title(LocalizationExtensions.CurrentLanguage())],
        _ => t["Facilitator.Funnel." + step.Key],
    };

    public string LevelName(int number) => Course.FindLevel(number) is { } level
        ? $"{number} · {level.Title(LocalizationExtensions.CurrentLanguage())}"
        : t["Facilitator.AllLevelsDone"];

    public string ReasonText(StuckReason reason) => string.Join(", ",
        new[] { StuckReason.NoProgress, StuckReason.RepeatedFailures }.Where(r => reason.HasFlag(r)).Select(r => t["Facilitator.Stuck." + r].Value));

    public PagerLinks Pager(int page, int total, string name, string label) => new(page, Pages(total), label, n => Route(name, n));

    public Dictionary<string, string> Route(string? page = null, int? number = null)
    {
        var route = new Dictionary<string, string>();
        if (VillageId is { } v)
        {
            route["desa"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (CohortId is { } c)
        {
            route["kelompok"] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        route["macet"] = (page == "macet" ? number!.Value : StuckPage).ToString(System.Globalization.CultureInfo.InvariantCulture);
        route["soal"] = (page == "soal" ? number!.Value : QuestionPage).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return route;
    }
}

using System.Globalization;
using Learn.Content.Courses;
using Learn.Core;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Help;
using Learn.Web.Accounts;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>
/// The facilitator dashboard: funnel, learners per level, stuck learners, kader load, help response times,
/// inclusion, difficult questions; CSV of each.
/// </summary>
public sealed class IndexModel(FacilitatorScope scope, FacilitatorDashboard dashboard, ReadinessRules rules, CourseCatalog courses,
    IStringLocalizer t, HelpNudges nudges) : PageModel
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

    [BindProperty(SupportsGet = true, Name = "kader")]
    public int KaderPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "penolong")]
    public int HelperPage { get; set; } = 1;

    public IReadOnlyList<FacilitatorScope.Choice> Villages { get; private set; } = [];

    public IReadOnlyList<FacilitatorScope.CohortChoice> Cohorts { get; private set; } = [];

    public bool HasRule => rules.Current is not null;

    public int Total { get; private set; }

    public IReadOnlyList<FunnelStep> Funnel { get; private set; } = [];

    public IReadOnlyList<LevelCount> PerLevel { get; private set; } = [];

    public IReadOnlyList<InclusionRow> Inclusion { get; private set; } = [];

    public IReadOnlyList<StuckRow> Stuck { get; private set; } = [];

    public int StuckTotal { get; private set; }

    /// <summary>Who already reminded a stuck learner over WhatsApp, and when.</summary>
    public IReadOnlyDictionary<int, LastNudge> Nudges { get; private set; } = new Dictionary<int, LastNudge>();

    public IReadOnlyList<DifficultQuestion> Questions { get; private set; } = [];

    public int QuestionTotal { get; private set; }

    public IReadOnlyList<VillageLoadRow> VillageLoad { get; private set; } = [];

    public IReadOnlyList<KaderLoadRow> KaderLoad { get; private set; } = [];

    public int KaderTotal { get; private set; }

    public IReadOnlyList<HelpMetricsRow> HelpVillages { get; private set; } = [];

    public IReadOnlyList<HelpMetricsRow> HelpHelpers { get; private set; } = [];

    public int HelperTotal { get; private set; }

    public CourseSnapshot Course => courses.Current;

    public static int Pages(int total) => Paging.CountPages(total, PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await scope.FilterAsync(User.RequireActor(), VillageId, CohortId, ct) is not { } filter)
        {
            return NotFound();
        }

        Villages = await scope.VillagesAsync(User.RequireActor(), ct);
        Cohorts = await scope.CohortsAsync(User.RequireActor(), ct);
        var standings = await dashboard.StandingsAsync(filter, ct);
        Total = standings.Count;
        Funnel = dashboard.Funnel(standings);
        PerLevel = dashboard.PerLevel(standings);
        Inclusion = await dashboard.InclusionAsync(standings, ct);
        StuckPage = Math.Clamp(StuckPage, 1, Pages(standings.Count(s => s.Stuck != StuckReason.None)));
        (Stuck, StuckTotal) = await dashboard.StuckAsync(standings, (StuckPage - 1) * PageSize, PageSize, ct);
        Nudges = await nudges.LastAsync(Stuck.Select(s => s.Id).ToList(), ct);
        var questions = await dashboard.DifficultQuestionsAsync(filter, ct);
        QuestionTotal = questions.Count;
        QuestionPage = Math.Clamp(QuestionPage, 1, Pages(QuestionTotal));
        Questions = questions.Skip((QuestionPage - 1) * PageSize).Take(PageSize).ToList();
        var (kader, villageLoad) = await dashboard.KaderLoadAsync(filter, ct);
        VillageLoad = villageLoad;
        KaderTotal = kader.Count;
        KaderPage = Math.Clamp(KaderPage, 1, Pages(KaderTotal));
        KaderLoad = kader.Skip((KaderPage - 1) * PageSize).Take(PageSize).ToList();
        var help = await dashboard.HelpAsync(filter, ct);
        HelpVillages = help.Villages;
        HelperTotal = help.Helpers.Count;
        HelperPage = Math.Clamp(HelperPage, 1, Pages(HelperTotal));
        HelpHelpers = help.Helpers.Skip((HelperPage - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    /// <summary>One table, all rows (not just the page shown), as CSV for Excel.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken ct)
    {
        if (await scope.FilterAsync(User.RequireActor(), VillageId, CohortId, ct) is not { } filter)
        {
            return NotFound();
        }

        var lang = LocalizationExtensions.CurrentLanguage();
        // Only the learner tables need every learner's standing; the kader and help tables skip it.
        var standings = table is "corong" or "level" or "inklusi" or "macet" ? await dashboard.StandingsAsync(filter, ct) : [];
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
            "kader-desa" => ([t["Facilitator.Village"], t["Facilitator.Kader.ActiveKader"], t["Facilitator.Kader.Assigned"], t["Facilitator.Kader.Capacity"],
                    t["Facilitator.Percent"], t["Facilitator.Kader.Unassigned"]],
                (await dashboard.KaderLoadAsync(filter, ct)).Villages.Select(r => new object?[]
                    { r.Village, r.ActiveKader, r.Assigned, r.Capacity, r.LoadPercent, r.Unassigned })),
            "kader" => ([t["Facilitator.Kader.Name"], t["Facilitator.Village"], t["Facilitator.Kader.Assigned"], t["Facilitator.Kader.Capacity"],
                    t["Facilitator.Percent"], t["Facilitator.Kader.Status"]],
                (await dashboard.KaderLoadAsync(filter, ct)).Kader.Select(r => new object?[]
                    { r.Kader, r.Village, r.Assigned, r.Capacity, r.LoadPercent, KaderStatus(r.IsActive) })),
            "bantuan-desa" => (HelpHeader(t["Facilitator.Village"]), (await dashboard.HelpAsync(filter, ct)).Villages.Select(HelpCells)),
            "bantuan-kader" => (HelpHeader(t["Facilitator.Help.Helper"]), (await dashboard.HelpAsync(filter, ct)).Helpers.Select(HelpCells)),
            _ => null,
        };
        return csv is { } c
            ? File(CsvWriter.ToBytes(c.Header, c.Rows), "text/csv; charset=utf-8", DownloadName.For("dasbor-" + table, "csv"))
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
        new[] { StuckReason.NoProgress, StuckReason.RepeatedFailures, StuckReason.HelpUnanswered, StuckReason.NoKader }.Where(r => reason.HasFlag(r))
            .Select(r => t["Facilitator.Stuck." + r].Value));

    public string KaderStatus(bool isActive) => t[isActive ? "Facilitator.Kader.Active" : "Facilitator.Kader.Inactive"];

    public string Duration(TimeSpan? value) => value switch
    {
        null => "–",
        { TotalHours: >= 1 } v => t["Help.Metrics.Hours", (int)v.TotalHours, v.Minutes],
        { } v => t["Help.Metrics.Minutes", (int)v.TotalMinutes, v.Seconds],
    };

    public static string Rating(double? value) => value?.ToString("0.0", CultureInfo.CurrentCulture) ?? "–";

    private string[] HelpHeader(string name) =>
    [
        name, t["Help.Metrics.Requests"], t["Help.Metrics.Answered"], t["Help.Metrics.Resolved"], t["Facilitator.Help.Open"],
        t["Facilitator.Help.Unanswered"], t["Facilitator.Help.FirstReplyMinutes"], t["Facilitator.Help.ResolveMinutes"], t["Help.Metrics.Rating"],
    ];

    // Minutes and stars as numbers (one decimal), so Excel can sort and average them.
    private static object?[] HelpCells(HelpMetricsRow r) =>
    [
        r.Name, r.Requests, r.Answered, r.Resolved, r.Open, r.Unanswered, Minutes(r.MedianFirstReply), Minutes(r.MedianResolve),
        r.AverageRating is { } stars ? Math.Round((decimal)stars, 1, MidpointRounding.AwayFromZero) : null,
    ];

    private static decimal? Minutes(TimeSpan? value) =>
        value is { } v ? Math.Round((decimal)v.TotalMinutes, 1, MidpointRounding.AwayFromZero) : null;

    public PagerLinks Pager(int page, int total, string name, string label) => new(page, Pages(total), label, n => Route(name, n));

    public Dictionary<string, string> Route(string? page = null, int? number = null)
    {
        var route = new Dictionary<string, string>();
        if (VillageId is { } v)
        {
            route["desa"] = v.ToString(CultureInfo.InvariantCulture);
        }

        if (CohortId is { } c)
        {
            route["kelompok"] = c.ToString(CultureInfo.InvariantCulture);
        }

        route["macet"] = (page == "macet" ? number!.Value : StuckPage).ToString(CultureInfo.InvariantCulture);
        route["soal"] = (page == "soal" ? number!.Value : QuestionPage).ToString(CultureInfo.InvariantCulture);
        route["kader"] = (page == "kader" ? number!.Value : KaderPage).ToString(CultureInfo.InvariantCulture);
        route["penolong"] = (page == "penolong" ? number!.Value : HelperPage).ToString(CultureInfo.InvariantCulture);
        return route;
    }
}

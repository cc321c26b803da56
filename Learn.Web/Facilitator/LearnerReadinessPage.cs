using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Accounts;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>One learner and their readiness checklist, for the checklist and certificate pages.</summary>
public abstract class LearnerReadinessPage(FacilitatorScope scope, ReadinessService readiness, People people, CourseCatalog courses,
    ScenarioCatalog scenarios, IStringLocalizer t)
    : PageModel
{
    public Core.Accounts.Account Learner { get; private set; } = null!;

    public string Village { get; private set; } = string.Empty;

    /// <summary>Null when no readiness rule is defined.</summary>
    public ReadinessChecklist? Checklist { get; private set; }

    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        // 404, not 403: another village's learner ids reveal nothing.
        if (!await scope.CanSeeLearnerAsync(User.RequireActor(), id, ct)
            || await people.LearnerAsync(id, ct) is not { } learner)
        {
            return false;
        }

        Learner = learner;
        Village = await people.VillageNameAsync(learner.VillageId!.Value, ct);
        Checklist = await readiness.ChecklistAsync(id, ct);
        return true;
    }

    public string ItemTitle(ChecklistItem item)
    {
        var lang = LocalizationExtensions.CurrentLanguage();
        return item.Kind == ChecklistItemKind.Level
            ? t["Facilitator.Checklist.LevelItem", item.Id, courses.Current.FindLevel(int.Parse(item.Id, System.Globalization.CultureInfo.InvariantCulture))?.Title(lang) ?? string.Empty]
            : item.Title!.In(lang);
    }

    public string EvidenceText(ChecklistItem item, EvidenceLine line)
    {
        var lang = LocalizationExtensions.CurrentLanguage();
        return item.Kind switch
        {
            ChecklistItemKind.Level when courses.Current.FindLesson(line.LessonId ?? string.Empty) is { Kind: LessonKind.Placement } =>
                t["Facilitator.Checklist.Placement", line.Detail],
            ChecklistItemKind.Level => t["Facilitator.Checklist.Quiz", QuestionText.LessonTitle(courses.Current, line.LessonId ?? string.Empty, lang), line.Detail],
            ChecklistItemKind.SignOff => t["Facilitator.Checklist.SignedOff", line.By ?? "?", line.Detail],
            ChecklistItemKind.Milestone when MilestoneEvidence.TryReadRun(line.Detail, out var scenario, out var run) =>
                t["Facilitator.Checklist.ScenarioRun", scenarios.Find(scenario)?.TitleIn(lang) ?? scenario, run],
            ChecklistItemKind.Milestone when MilestoneEvidence.TryReadListing(line.Detail, out var product) =>
                t["Facilitator.Checklist.Listing", product],
            _ => line.Detail,
        };
    }
}

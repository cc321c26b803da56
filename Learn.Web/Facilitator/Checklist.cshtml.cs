using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Shop.Scenarios;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>One learner's "Siap Jualan Online" checklist with its evidence; the certificate link when all is met.</summary>
public sealed class ChecklistModel(FacilitatorScope scope, ReadinessService readiness, People people, CourseCatalog courses,
    ScenarioCatalog scenarios, IStringLocalizer t)
    : LearnerReadinessPage(scope, readiness, people, courses, scenarios, t)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();
}

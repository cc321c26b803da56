using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Shop.Scenarios;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>The printable "Siap Jualan Online" certificate; only for a learner who meets the whole rule.</summary>
public sealed class CertificateModel(FacilitatorScope scope, ReadinessService readiness, People people, CourseCatalog courses,
    ScenarioCatalog scenarios, IStringLocalizer t)
    : LearnerReadinessPage(scope, readiness, people, courses, scenarios, t)
{
    /// <summary>A learner who is not ready yet gets no certificate but a page that says what is still missing (409, not "page moved").</summary>
    public bool NotReadyYet { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Checklist is null)
        {
            return NotFound();
        }

        if (!Checklist.IsReady)
        {
            NotReadyYet = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }
}

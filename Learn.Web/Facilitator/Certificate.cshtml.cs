using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>The printable "Siap Jualan Online" certificate; only for a learner who meets the whole rule.</summary>
public sealed class CertificateModel(FacilitatorScope scope, ReadinessService readiness, People people, CourseCatalog courses, IStringLocalizer t)
    : LearnerReadinessPage(scope, readiness, people, courses, t)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) && Checklist is { IsReady: true } ? Page() : NotFound();
}

using System.Text.Json;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Privacy;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>A learner's data: download all of it as JSON, or delete the learner after a confirmation step.</summary>
public sealed class DataModel(FacilitatorScope scope, LearnerDataService data, People people, IStringLocalizer t) : PageModel, IShowsErrors
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name { get; private set; } = string.Empty;

    public int Id { get; private set; }

    [BindProperty(SupportsGet = true, Name = "hapus")]
    public bool AskingToDelete { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var export = await data.ExportAsync(User.RequireActor(), id, ct);
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json",
            DownloadName.For($"data-peserta-{id}", "json"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!confirm)
        {
            AskingToDelete = true;
            Error = t["Facilitator.Data.ConfirmRequired"];
            return Page();
        }

        await data.DeleteAsync(User.RequireActor(), id, ct);
        TempData["Facilitator.Message"] = t["Facilitator.Data.Deleted", Name].Value;
        return Redirect("/fasilitator/peserta");
    }

    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return Task.FromResult(true);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await scope.CanSeeLearnerAsync(User.RequireActor(), id, ct) || await people.LearnerAsync(id, ct) is not { } learner)
        {
            return false;
        }

        Id = id;
        Name = learner.Name;
        return true;
    }
}

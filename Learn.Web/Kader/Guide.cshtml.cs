using Learn.Content.Courses;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Kader;

/// <summary>The kader's session guide for a level (courses/&lt;level&gt;/panduan-kader.md): what to show, ask and sign off.</summary>
public sealed class GuideModel(CourseCatalog courses) : PageModel
{
    public IReadOnlyList<Level> Levels { get; private set; } = [];

    public Level? Level { get; private set; }

    public KaderGuideVersion? Guide { get; private set; }

    public string Language { get; } = LocalizationExtensions.CurrentLanguage();

    public IActionResult OnGet(int? level)
    {
        var course = courses.Current;
        Levels = course.Levels.Where(l => l.KaderGuide is not null).ToList();
        if (level is not { } number)
        {
            return Page();
        }

        if (course.FindLevel(number) is not { KaderGuide: { } guide } found)
        {
            return NotFound();
        }

        Level = found;
        Guide = guide.In(Language);
        return Page();
    }
}

using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Learn.Web.Shop;

/// <summary>Under a lesson: the scenarios its practice names, a way into the shop, and "done" once one succeeded.</summary>
public sealed class ShopPracticeViewComponent(ShopService shops, ScenarioCatalog scenarios) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Lesson lesson)
    {
        var named = lesson.Practices.Where(p => p.Check == "sandbox" && p.Scenario is not null)
            .Select(p => scenarios.Find(p.Scenario!)).OfType<Scenario>().DistinctBy(s => s.Id).ToList();
        if (named.Count == 0)
        {
            return Content(string.Empty);
        }

        var done = UserClaimsPrincipal.ToActor() is { Role: Role.Learner } learner
            ? await shops.SucceededScenariosAsync(learner.Id, HttpContext.RequestAborted)
            : new HashSet<string>();
        return View(new ShopPracticeView(named, done));
    }
}

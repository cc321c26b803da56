using Learn.Core.Shop;
using Learn.Core.Storage;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Web.Shop;

/// <summary>A product photo, only for people who may see the shop: its learner, their kader, facilitator or an admin.</summary>
[Authorize]
public sealed class PhotoModel(LearnDbContext db, ShopService shops, ShopPhotoStore photos) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var found = await db.ShopProducts.AsNoTracking().Where(p => p.Id == id)
            .Join(db.Shops, p => p.ShopId, s => s.Id, (p, s) => new { p.ShopId, p.PhotoFile, s.LearnerId })
            .SingleOrDefaultAsync(ct);
        if (found is null || await shops.FindShopForViewerAsync(User.RequireActor(), found.LearnerId, ct) is null
            || await photos.OpenAsync(found.ShopId, found.PhotoFile, ct) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=86400";
        // Served as a JPEG and only as one: no browser may guess another type from the bytes.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(photo, "image/jpeg");
    }
}

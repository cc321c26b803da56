using Learn.Core.Shop;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Shop;

/// <summary>A product photo, only for people who may see the shop: its learner, their kader, facilitator or an admin.</summary>
[Authorize]
public sealed class PhotoModel(ShopService shops, ShopPhotoStore photos) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await shops.FindPhotoForViewerAsync(User.RequireActor(), id, ct) is not { } file
            || await photos.OpenAsync(file.ShopId, file.FileName, ct) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=86400";
        // Served as a JPEG and only as one: no browser may guess another type from the bytes.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(photo, "image/jpeg");
    }
}

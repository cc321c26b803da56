using Learn.Web.Api;
using Microsoft.AspNetCore.ResponseCompression;

namespace Learn.Web.Offline;

public static class OfflineExtensions
{
    public static IServiceCollection AddLearnOffline(this IServiceCollection services)
    {
        services.AddSingleton<OfflineFiles>();
        // Lesson pictures are mostly SVG, which compresses to a third; the defaults leave it out.
        services.Configure<ResponseCompressionOptions>(options =>
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/manifest+json"]));
        return services;
    }

    public static IEndpointRouteBuilder MapLearnOffline(this IEndpointRouteBuilder app) => app.MapSyncApi();
}

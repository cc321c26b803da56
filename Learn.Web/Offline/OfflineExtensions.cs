using Microsoft.AspNetCore.ResponseCompression;

namespace Learn.Web.Offline;

public static class OfflineExtensions
{
    public static WebApplicationBuilder AddLearnOffline(this WebApplicationBuilder builder)
    {
        // Outside Development, an app run from its build output (dotnet run, the tests, the benchmark) cannot reach
        // the build's precompressed .gz files, and MapStaticAssets answers any browser that accepts gzip with an
        // empty body. This maps them; a published app has no build manifest and is unaffected. (appsettings.json
        // also turns off ReloadStaticAssetsAtRuntime, which otherwise re-gzips those files uncompressed and
        // marks fingerprinted files no-cache when run from the build output.)
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddSingleton<OfflineFiles>();
        // Lesson pictures are mostly SVG, which compresses to a third; the defaults leave it out.
        services.Configure<ResponseCompressionOptions>(options =>
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/manifest+json"]));
        return builder;
    }

    public static IEndpointRouteBuilder MapLearnOffline(this IEndpointRouteBuilder app) => app.MapSyncApi();
}

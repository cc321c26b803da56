using Learn.Web.Accounts;
using Learn.Web.Lessons;
using Learn.Web.Offline;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.ResponseCompression;

namespace Learn.Web.Hosting;

public static class WebExtensions
{
    public static IServiceCollection AddLearnWeb(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddScoped<DemoVillageSeeder>();
        services.AddHostedService<LearnStartup>();
        services.AddRazorPages(options =>
        {
            // Pages live in their feature folders (Help/, Shop/, Kader/, ...) beside the feature's
            // hub, scripts and strings; every page declares its own address, so folders are not URLs.
            options.RootDirectory = "/";
            options.Conventions.AuthorizeFolder("/Kader", AuthExtensions.StaffPolicy);
            options.Conventions.AuthorizeFolder("/Facilitator", AuthExtensions.FacilitatorPolicy);
        });
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        return services;
    }

    public static WebApplication UseLearnPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        // People get a friendly page; the JSON API gets problem details.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            branch => branch.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePages());
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseCourseMedia();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapLearnEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapLearnApi();
        app.MapLearnOffline();
        app.MapSitemap();
        app.MapHealthChecks("/health");
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    public static void PrintUrls(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Learn is running at {address}");
        }
    }
}

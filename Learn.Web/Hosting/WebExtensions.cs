using Learn.Web.Accounts;
using Learn.Web.Lessons;
using Learn.Web.Offline;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Learn.Web.Hosting;

public static class WebExtensions
{
    public static IServiceCollection AddLearnWeb(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxy) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.TrustedProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.TrustedNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
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
        // Unreadable JSON is the caller's mistake in every environment: 400 problem+json, never an exception page.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
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
        // First: the scheme (for Secure cookies) and the client address (for the sign-in limits) come from a trusted proxy.
        app.UseForwardedHeaders();
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
        app.UseAnonymousLessonCache();
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

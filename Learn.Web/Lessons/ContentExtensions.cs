using Learn.Content.Courses;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Learn.Web.Lessons;

public static class ContentExtensions
{
    public const string MediaPath = "/kursus";

    public static WebApplicationBuilder AddLearnContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CourseOptions>().BindConfiguration(CourseOptions.Section);
        builder.Services.AddOptions<LessonPageOptions>().BindConfiguration(LessonPageOptions.Section);
        builder.Services.AddSingleton<AnonymousLessonPages>();
        builder.Services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IConfiguration>().GetSection(CourseOptions.Section).Get<CourseOptions>() ?? new CourseOptions();
            var root = CoursePaths.Resolve(configured.Path, sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            var loader = new CourseLoader(new CourseLoaderOptions
            {
                LessonUrlFormat = "/belajar/{0}",
                MediaBasePath = MediaPath,
                RenderOnFirstUse = configured.RenderOnFirstUse,
            });
            return new CourseCatalog(loader, root, sp.GetRequiredService<TimeProvider>());
        });
        return builder;
    }

    /// <summary>After authentication: an anonymous lesson GET is answered from its cached copy.</summary>
    public static WebApplication UseAnonymousLessonCache(this WebApplication app)
    {
        app.UseMiddleware<AnonymousLessonCacheMiddleware>();
        return app;
    }

    /// <summary>Serves course pictures (and only pictures) from the course folder, cached for a year: URLs carry a fingerprint.</summary>
    public static WebApplication UseCourseMedia(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<CourseCatalog>();
        var types = new FileExtensionContentTypeProvider(new Dictionary<string, string>
        {
            [".svg"] = "image/svg+xml",
            [".png"] = "image/png",
            [".jpg"] = "image/jpeg",
            [".jpeg"] = "image/jpeg",
            [".webp"] = "image/webp",
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = MediaPath,
            FileProvider = new PhysicalFileProvider(catalog.Root),
            ContentTypeProvider = types,
            OnPrepareResponse = ctx =>
            {
                ctx.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                // An SVG opened directly must not run script.
                ctx.Context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            },
        });
        return app;
    }
}

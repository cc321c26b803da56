using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Localization;

public static class LocalizationExtensions
{
    public static IServiceCollection AddLearnLocalization(this IServiceCollection services)
    {
        services.AddSingleton<UiStrings>();
        services.AddSingleton<IStringLocalizer, JsonStringLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiStrings.Cultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(UiStrings.DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Query string first (shared links, sitemap), then the cookie the language switch sets.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>"id" or "en" for the current request.</summary>
    public static string CurrentLanguage() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "id";
}

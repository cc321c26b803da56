using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Facilitator.Roster;

namespace Learn.Web.Facilitator;

public static class FacilitatorExtensions
{
    /// <summary>The readiness rule (readiness.yml in the course folder), checked at start, the roster upload store and the first-PIN key.</summary>
    public static IServiceCollection AddLearnFacilitator(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ReadinessRules(Path.Combine(sp.GetRequiredService<CourseCatalog>().Root, ReadinessRuleLoader.FileName)));
        services.AddSingleton<RosterUploads>();
        services.AddOptions<FirstPinKeyOptions>().BindConfiguration(FirstPinKeyOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FirstPinHasher>(FirstPinKey.CreateHasher);
        // After LearnStartup, so the courses are loaded and level numbers can be checked.
        services.AddHostedService<ReadinessStartup>();
        return services;
    }
}

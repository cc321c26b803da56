using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;

namespace Learn.Web.Facilitator;

public static class FacilitatorExtensions
{
    /// <summary>The readiness rule (readiness.yml in the course folder), checked at start, and the roster upload store.</summary>
    public static IServiceCollection AddLearnFacilitator(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ReadinessRules(Path.Combine(sp.GetRequiredService<CourseCatalog>().Root, ReadinessRuleLoader.FileName)));
        services.AddSingleton<RosterUploads>();
        services.AddScoped<FacilitatorScope>();
        // After LearnStartup, so the courses are loaded and level numbers can be checked.
        services.AddHostedService<ReadinessStartup>();
        return services;
    }
}

using Learn.Core.Facilitator.Impact;
using Learn.Core.Facilitator.Privacy;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Facilitator.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Core.Facilitator;

public static class FacilitatorServiceCollectionExtensions
{
    /// <summary>Readiness, dashboard, roster import, impact and privacy services. The host registers <see cref="ReadinessRules"/> (it knows the course folder) and <see cref="FirstPinHasher"/> (it holds the key).</summary>
    public static IServiceCollection AddLearnFacilitatorCore(this IServiceCollection services)
    {
        services.AddScoped<ReadinessService>();
        services.AddScoped<LearnerStandings>();
        services.AddScoped<FacilitatorDashboard>();
        services.AddScoped<FacilitatorScope>();
        services.AddScoped<FacilitatorLearnerList>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<CohortService>();
        services.AddScoped<ImpactService>();
        services.AddScoped<LearnerDataService>();
        return services;
    }
}

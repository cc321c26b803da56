using Microsoft.Extensions.DependencyInjection;

namespace Learn.Core.Kader;

public static class KaderServiceCollectionExtensions
{
    public static IServiceCollection AddLearnKader(this IServiceCollection services)
    {
        services.AddScoped<KaderAssignments>();
        services.AddScoped<KaderLearnerList>();
        services.AddScoped<LearnerOverviews>();
        services.AddScoped<KaderAccess>();
        services.AddScoped<KaderAssignmentService>();
        services.AddScoped<KaderWorkspace>();
        return services;
    }
}

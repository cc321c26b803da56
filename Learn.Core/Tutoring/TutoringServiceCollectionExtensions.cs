using Microsoft.Extensions.DependencyInjection;

namespace Learn.Core.Tutoring;

public static class TutoringServiceCollectionExtensions
{
    public static IServiceCollection AddLearnTutoring(this IServiceCollection services)
    {
        services.AddScoped<TutorAssignments>();
        services.AddScoped<TutorAccess>();
        services.AddScoped<TutoringService>();
        services.AddScoped<KaderWorkspace>();
        return services;
    }
}

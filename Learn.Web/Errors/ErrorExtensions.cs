namespace Learn.Web.Errors;

public static class ErrorExtensions
{
    /// <summary>Broken rules become a page's message, a hub answer or problem details: one filter per kind of caller (the hub's is added with it, in Help).</summary>
    public static IServiceCollection AddLearnErrors(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add<LearnErrorPageFilter>());
        return services;
    }

    /// <summary>For a group of JSON endpoints.</summary>
    public static TBuilder WithLearnErrors<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.AddEndpointFilter<TBuilder, LearnErrorEndpointFilter>();
}

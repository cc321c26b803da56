using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Offline;
using Learn.Core.Shop;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The domain services. The host registers storage (it knows the provider) and binds
    /// <see cref="AccountOptions"/> from its configuration.
    /// </summary>
    public static IServiceCollection AddLearnCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddScoped<AccessPolicy>();
        services.AddScoped<People>();
        services.AddScoped<AccountService>();
        services.AddScoped<SignInGuard>();
        services.AddScoped<AccountSessions>();
        services.AddSingleton<SessionCheckCache>();
        services.AddScoped<ProgressService>();
        services.AddScoped<AttemptRecorder>();
        services.AddScoped<ProgressSummaries>();
        services.AddLearnKader();
        services.AddLearnPracticeShop();
        services.AddLearnHelp();
        services.AddScoped<SyncService>();
        services.AddLearnFacilitatorCore();
        return services;
    }
}

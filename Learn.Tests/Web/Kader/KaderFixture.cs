using Learn.Core.Accounts;
using Learn.Core.Kader;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Kader;

/// <summary>Helpers to set up a village with kader who may tutor, and to call the tutoring service as someone.</summary>
public static class KaderFixture
{
    public static async Task<Account> AddKaderAsync(this LearnApplication app, int villageId, string name, Gender gender,
        int capacity = 8, int certifiedLevel = 2)
    {
        var kader = await app.AddAccountAsync(Role.Kader, villageId, name, gender);
        await app.WithDbAsync(async db =>
        {
            var profile = new KaderProfile(kader.Id, app.Time.GetUtcNow());
            profile.ChangeCapacity(capacity, app.Time.GetUtcNow());
            profile.Certify(certifiedLevel, 5, app.Time.GetUtcNow());
            db.KaderProfiles.Add(profile);
            await db.SaveChangesAsync();
        });
        return kader;
    }

    public static async Task<T> KaderAssignmentsAsync<T>(this LearnApplication app, Func<KaderAssignmentService, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<KaderAssignmentService>());
    }

    public static async Task AssignAllAsync(this LearnApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<KaderAssignmentService>().AssignEveryoneAsync(null, "test setup");
    }

    public static async Task<int?> KaderOfAsync(this LearnApplication app, int learnerId)
    {
        // Awaited inside the scope: returning the task disposed the context while the query still ran (PostgreSQL showed it).
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KaderAssignments>().GetAssignedKaderIdAsync(learnerId);
    }

    public static string NewName(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..6];
}

using Learn.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Learn.Web.Hosting;

public sealed class DatabaseHealthCheck(LearnDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database reachable")
            : HealthCheckResult.Unhealthy("database unreachable");
}

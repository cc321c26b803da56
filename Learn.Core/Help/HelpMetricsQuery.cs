using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>
/// The help figures for any set of requests (a facilitator's villages, one village, a cohort), shared by
/// the live-help metrics page and the facilitator dashboard. One query reads the few columns needed;
/// medians are taken in memory, which SQL cannot do portably.
/// </summary>
public static class HelpMetricsQuery
{
    public static async Task<HelpMetricsReport> RunAsync(LearnDbContext db, IQueryable<HelpRequest> requests, CancellationToken ct = default)
    {
        var rows = await requests.AsNoTracking().Select(r => new
        {
            r.Id, r.VillageId, r.FirstHelperId, r.HelperId, r.FirstReplyById, r.Status, r.CreatedAt, r.FirstReplyAt, r.ResolvedAt, r.Rating,
        }).ToListAsync(ct);
        var attachments = await db.HelpMessages.AsNoTracking()
            .Where(m => m.Kind != HelpMessageKind.Text && requests.Select(r => r.Id).Contains(m.RequestId))
            .Select(m => new { m.RequestId, m.SenderId, m.Kind }).ToListAsync(ct);
        var villageOf = rows.ToDictionary(r => r.Id, r => r.VillageId);
        int Count(Func<long, int, bool> whose, HelpMessageKind kind) => attachments.Count(a => a.Kind == kind && whose(a.RequestId, a.SenderId));
        var villageIds = rows.Select(r => r.VillageId).Distinct().ToList();
        var villageNames = await db.Villages.AsNoTracking().Where(v => villageIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        // A helper's rows: what they helped with or first replied to, and what was routed to them first.
        var helperIds = rows.SelectMany(r => new[] { r.HelperId, r.FirstReplyById, r.FirstHelperId }).OfType<int>().Distinct().ToList();
        var helperNames = await db.Accounts.AsNoTracking().Where(a => helperIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var byVillage = rows.GroupBy(r => r.VillageId).Select(g => new HelpMetricsRow(
            g.Key, villageNames.GetValueOrDefault(g.Key, "?"), g.Count(), g.Count(r => r.FirstReplyAt is not null), g.Count(r => r.ResolvedAt is not null),
            HelpMetricsReport.Median(g.Where(r => r.FirstReplyAt is not null).Select(r => r.FirstReplyAt!.Value - r.CreatedAt)),
            HelpMetricsReport.Median(g.Where(r => r.ResolvedAt is not null).Select(r => r.ResolvedAt!.Value - r.CreatedAt)),
            g.Any(r => r.Rating is not null) ? g.Where(r => r.Rating is not null).Average(r => r.Rating!.Value) : null,
            g.Count(r => r.Status != HelpStatus.Resolved), g.Count(r => r.Status != HelpStatus.Resolved && r.FirstReplyAt is null),
            Count((request, _) => villageOf.GetValueOrDefault(request) == g.Key, HelpMessageKind.Voice),
            Count((request, _) => villageOf.GetValueOrDefault(request) == g.Key, HelpMessageKind.Photo)))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.Id).ToList();
        var byHelper = helperIds.Select(id =>
        {
            var theirs = rows.Where(r => r.HelperId == id || r.FirstReplyById == id || r.FirstHelperId == id).ToList();
            var helped = theirs.Where(r => r.HelperId == id).ToList();
            var rated = helped.Where(r => r.Rating is not null).ToList();
            var open = theirs.Where(r => r.Status != HelpStatus.Resolved).ToList();
            return new HelpMetricsRow(
                id, helperNames.GetValueOrDefault(id, "?"), theirs.Count, theirs.Count(r => r.FirstReplyById == id), helped.Count(r => r.ResolvedAt is not null),
                HelpMetricsReport.Median(theirs.Where(r => r.FirstReplyById == id).Select(r => r.FirstReplyAt!.Value - r.CreatedAt)),
                HelpMetricsReport.Median(helped.Where(r => r.ResolvedAt is not null).Select(r => r.ResolvedAt!.Value - r.CreatedAt)),
                rated.Count == 0 ? null : rated.Average(r => r.Rating!.Value),
                open.Count, open.Count(r => r.FirstReplyAt is null),
                Count((_, sender) => sender == id, HelpMessageKind.Voice), Count((_, sender) => sender == id, HelpMessageKind.Photo));
        }).OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.Id).ToList();
        return new HelpMetricsReport(byVillage, byHelper);
    }
}

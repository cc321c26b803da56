using Learn.Core.Facilitator.Readiness;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator;

/// <summary>
/// The facilitator's learners with readiness, filtered by name or phone and by status, a page at a time or all
/// of them (for the CSV). One standings read for the filtered learners and one query for their names and villages.
/// </summary>
public sealed class FacilitatorLearnerList(LearnDbContext db, FacilitatorDashboard dashboard)
{
    public sealed record Row(int Id, string Name, string Phone, string Village, string? Hamlet, int CurrentLevel, bool IsReady, bool IsStuck,
        DateTimeOffset? LastActivity, DateTimeOffset RegisteredAt);

    /// <summary>The rows shown and where they sit: <see cref="Paging.Number"/> is the page actually shown.</summary>
    public sealed record Result(IReadOnlyList<Row> Rows, Paging Paging);

    /// <summary>One page of the matching learners by name; with <paramref name="pageSize"/> null, every one of them on one page.</summary>
    public async Task<Result> ForAsync(DashboardFilter filter, string? search, LearnerStatusFilter status, int page, int? pageSize,
        CancellationToken ct = default)
    {
        var standings = (await dashboard.StandingsAsync(filter, ct)).ToDictionary(s => s.Id);
        var query = dashboard.Learners(filter);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(a => a.Name.Contains(term) || a.Phone.Contains(term));
        }

        var people = await query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Join(db.Villages, a => a.VillageId, v => v.Id, (a, v) => new { a.Id, a.Name, a.Phone, Village = v.Name, a.Hamlet, a.CreatedAt })
            .ToListAsync(ct);
        var matching = people.Where(p => status switch
        {
            LearnerStatusFilter.Ready => standings[p.Id].IsReady,
            LearnerStatusFilter.Stuck => standings[p.Id].Stuck != StuckReason.None,
            _ => true,
        }).ToList();
        var paging = Paging.Of(matching.Count, pageSize ?? Math.Max(1, matching.Count), page);
        var shown = pageSize is null ? matching : paging.Apply(matching);
        var rows = shown.Select(p =>
        {
            var s = standings[p.Id];
            return new Row(p.Id, p.Name, p.Phone, p.Village, p.Hamlet, s.CurrentLevel, s.IsReady, s.Stuck != StuckReason.None, s.LastActivity, p.CreatedAt);
        }).ToList();
        return new Result(rows, paging);
    }
}

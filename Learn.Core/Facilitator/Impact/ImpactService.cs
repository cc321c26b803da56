using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Impact;

/// <summary>Records business surveys and sums them up per village, from grouped SQL queries.</summary>
public sealed class ImpactService(LearnDbContext db, AccessPolicy access, TimeProvider time)
{
    /// <summary>A learner's surveys, baseline first.</summary>
    public async Task<IReadOnlyList<BusinessSurvey>> SurveysOfAsync(int learnerId, CancellationToken ct = default) =>
        await db.BusinessSurveys.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.Wave).ToListAsync(ct);

    public async Task<BusinessSurvey> RecordAsync(Actor actor, int learnerId, int wave, SurveyAnswers answers, CancellationToken ct = default)
    {
        if (actor.Role is not (Role.Facilitator or Role.Admin) || !await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not record surveys for this learner.");
        }

        var villageId = await db.Accounts.Where(a => a.Id == learnerId).Select(a => a.VillageId).SingleAsync(ct)
            ?? throw new LearnDomainException("account.village_required", "The learner has no village.");
        var now = time.GetUtcNow();
        var survey = await db.BusinessSurveys.SingleOrDefaultAsync(s => s.LearnerId == learnerId && s.Wave == wave, ct);
        if (survey is null)
        {
            survey = new BusinessSurvey(learnerId, villageId, wave, now, actor.Id, answers);
            db.BusinessSurveys.Add(survey);
        }
        else
        {
            survey.Revise(now, actor.Id, answers);
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "survey.recorded", learnerId, $"round {wave}"));
        await db.SaveChangesAsync(ct);
        return survey;
    }

    /// <summary>Per village, baseline (round 0) against the latest follow-up round; plus a first line for all villages together.</summary>
    public async Task<IReadOnlyList<VillageImpact>> PerVillageAsync(IReadOnlyList<int>? visibleVillageIds, int? villageId = null,
        CancellationToken ct = default)
    {
        var surveys = db.BusinessSurveys.AsNoTracking();
        if (visibleVillageIds is not null)
        {
            surveys = surveys.Where(s => visibleVillageIds.Contains(s.VillageId));
        }

        if (villageId is { } only)
        {
            surveys = surveys.Where(s => s.VillageId == only);
        }

        var groups = await surveys.GroupBy(s => new { s.VillageId, s.Wave })
            .Select(g => new WaveSums(g.Key.VillageId, g.Key.Wave, g.Count(),
                g.Count(s => s.SellsOnline),
                g.Where(s => s.SellsOnline).Sum(s => s.MonthlyTurnover),
                g.Where(s => s.SellsOnline).Sum(s => s.MarginPercent),
                g.Sum(s => s.PeopleEmployed)))
            .ToListAsync(ct);
        var provinceLists = await surveys.Where(s => s.SellsOnline && s.Provinces != "")
            .Select(s => new { s.VillageId, s.Wave, s.Provinces }).Distinct().ToListAsync(ct);
        var villageIds = groups.Select(g => g.VillageId).Distinct().ToList();
        var names = await db.Villages.AsNoTracking().Where(v => villageIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);

        HashSet<string> Provinces(Func<int, int, bool> include) =>
            provinceLists.Where(p => include(p.VillageId, p.Wave)).SelectMany(p => p.Provinces.Split(',')).ToHashSet(StringComparer.Ordinal);

        var result = new List<VillageImpact>();
        foreach (var village in villageIds.OrderBy(id => names.GetValueOrDefault(id), StringComparer.CurrentCulture))
        {
            var rounds = groups.Where(g => g.VillageId == village).ToList();
            var baseline = rounds.Where(g => g.Wave == 0).ToList();
            var latest = rounds.Where(g => g.Wave > 0).Select(g => g.Wave).DefaultIfEmpty(0).Max();
            if (baseline.Count == 0 || latest == 0)
            {
                continue;
            }

            result.Add(new VillageImpact(village, names.GetValueOrDefault(village, "?"), latest,
                Figures(baseline, Provinces((v, w) => v == village && w == 0).Count),
                Figures(rounds.Where(g => g.Wave == latest).ToList(), Provinces((v, w) => v == village && w == latest).Count)));
        }

        if (result.Count > 1)
        {
            var pairs = result.Select(r => (r.VillageId!.Value, r.AfterWave)).ToHashSet();
            var before = groups.Where(g => g.Wave == 0 && pairs.Any(p => p.Value == g.VillageId)).ToList();
            var after = groups.Where(g => pairs.Contains((g.VillageId, g.Wave))).ToList();
            result.Insert(0, new VillageImpact(null, string.Empty, result.Max(r => r.AfterWave),
                Figures(before, Provinces((v, w) => w == 0 && pairs.Any(p => p.Value == v)).Count),
                Figures(after, Provinces((v, w) => pairs.Contains((v, w))).Count)));
        }

        return result;
    }

    private static ImpactFigures Figures(IReadOnlyList<WaveSums> sums, int provinces)
    {
        var sellers = sums.Sum(s => s.Sellers);
        return new ImpactFigures(
            sums.Sum(s => s.Respondents),
            sellers == 0 ? 0 : (long)Math.Round((decimal)sums.Sum(s => s.Turnover) / sellers, MidpointRounding.AwayFromZero),
            sellers,
            provinces,
            sellers == 0 ? 0 : Math.Round((decimal)sums.Sum(s => s.Margin) / sellers, 1, MidpointRounding.AwayFromZero),
            sums.Sum(s => s.Employed));
    }

    private sealed record WaveSums(int VillageId, int Wave, int Respondents, int Sellers, long Turnover, int Margin, int Employed);
}

using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// Where each of a set of learners stands (levels, readiness, stuck), read in one query whatever their number:
/// one row a learner, counted in SQL from each learner's roll-up of their level summaries (<see cref="StandingsSql"/>),
/// never from the progress rows. The facilitator dashboard asks it for a district, the kader's list for one page;
/// both get the same answer for the same learner.
/// </summary>
public sealed class LearnerStandings(LearnDbContext db, CourseCatalog courses, ReadinessRules rules, TimeProvider time)
{
    public async Task<IReadOnlyList<LearnerStanding>> ForAsync(IQueryable<Account> learners, CancellationToken ct = default)
    {
        var rule = rules.Current;
        var bits = CourseLevelBits.Of(courses.Current, rule?.Levels);
        var now = time.GetUtcNow();
        var query = learners.Select(a => new { a.Id, VillageId = a.VillageId!.Value, a.Gender, a.BirthYear, a.CreatedAt, a.IsActive });
        await using var command = query.CreateDbCommand();
        StandingsSql.Wrap(command, bits, rule, now - StuckRule.HelpUnansweredAfter);

        var courseLevels = bits.CourseLevels.Select(l => l.Number).ToList();
        // A district has few distinct sets of mastered levels: each is made once and shared.
        var levelSets = new Dictionary<long, IReadOnlySet<int>>();
        var standings = new List<LearnerStanding>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = StandingsSql.Read(reader);
                if (!levelSets.TryGetValue(row.MasteredLevels, out var levels))
                {
                    levels = bits.LevelsOf(row.MasteredLevels);
                    levelSets.Add(row.MasteredLevels, levels);
                }

                var current = courseLevels.FirstOrDefault(n => !levels.Contains(n), courseLevels.Count + 1);
                var ready = rule is not null && row.MeetsMilestonesAndSignOffs;
                DateTimeOffset? last = row.LastActivityAt is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
                var stuck = StuckRule.Reasons(new StuckFacts(new DateTimeOffset(row.RegisteredAt, TimeSpan.Zero), last, row.FailuresInARow, ready,
                    row.IsActive, row.HasKader, row.HelpUnanswered), now);
                standings.Add(new LearnerStanding(row.Id, row.VillageId, (Gender)row.Gender, row.BirthYear, levels, current, ready,
                    row.SellsOnline, last, row.FailuresInARow, stuck));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return standings;
    }
}

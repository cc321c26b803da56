using System.Diagnostics;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Learn.Core.Villages;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// A district: 20 villages, 10,000 learners, 1,000,000 LessonProgress rows (100 a learner: the 35
// lessons of the shipped course plus 65 retired lesson ids, as a long-running programme collects),
// 300,000 quiz attempts and the readiness evidence, seeded by BulkCopy into a temporary SQLite file.
// Times the facilitator dashboard's grouped queries against a per-learner loop (the obvious way,
// as the kader learner list builds one learner's journey at a time), in the same run.
const int Villages = 20, Learners = 10_000, RowsPerLearner = 100, AttemptsPerLearner = 30;
var root = FindCourses();
var time = new FixedClock(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
var catalog = new CourseCatalog(new CourseLoader(), root, time);
if (!catalog.Reload().IsValid)
{
    throw new InvalidOperationException("the course folder has problems");
}

var rules = new ReadinessRules(Path.Combine(root, ReadinessRuleLoader.FileName));
rules.Reload(catalog.Current);
var rule = rules.Current!;
var course = catalog.Current;
var lessons = course.AllLessons.ToList();
var folder = Path.Combine(Path.GetTempPath(), "learn-bench-dashboard-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var options = new DbContextOptionsBuilder<LearnDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}").Options;
var random = new Random(42);
var now = time.GetUtcNow();
var seed = Stopwatch.StartNew();
await using (var db = new LearnDbContext(options))
{
    await db.Database.MigrateAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    var bulk = new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows };
    await db.BulkCopyAsync(bulk, Enumerable.Range(1, Villages).Select(i => new Village($"Desa {i}", "Kecamatan", "Boyolali")));
    var villageIds = await db.Villages.Select(v => v.Id).ToListAsync();
    await db.BulkCopyAsync(bulk, Enumerable.Range(0, Learners).Select(i => new Account($"Peserta {i}", $"08{100_000_000 + i:D10}", Role.Learner,
        villageIds[i % Villages], null, random.Next(100) < 65 ? Gender.Female : Gender.Male, random.Next(1955, 2006), now.AddDays(-random.Next(400)), null)));
    var ids = await db.Accounts.Select(a => a.Id).ToListAsync();
    var kaderId = ids[0];

    IEnumerable<LessonProgress> Progress()
    {
        foreach (var id in ids)
        {
            var reached = random.Next(lessons.Count + 1);
            for (var j = 0; j < RowsPerLearner; j++)
            {
                var (lessonId, level) = j < lessons.Count ? (lessons[j].Id, lessons[j].LevelNumber) : ($"arsip-{j}", 1 + (j % 5));
                var row = new LessonProgress(id, lessonId, level);
                var at = now.AddDays(-random.Next(60)).AddMinutes(-j);
                if (j < reached || j >= lessons.Count)
                {
                    row.RecordAttempt(5, passed: true, at);
                }
                else
                {
                    for (var f = random.Next(4); f > 0; f--)
                    {
                        row.RecordAttempt(1, passed: false, at);
                    }
                }

                yield return row;
            }
        }
    }

    await db.BulkCopyAsync(bulk, Progress());
    await db.BulkCopyAsync(bulk, ids.SelectMany(id => Enumerable.Range(0, AttemptsPerLearner).Select(k =>
    {
        var lesson = lessons[random.Next(lessons.Count)];
        var wrong = lesson.Indonesian.Quiz.Questions.Where(_ => random.Next(4) == 0).Select(q => q.Id).ToList();
        return new QuizAttempt(id, lesson.Id, now.AddDays(-random.Next(60)), lesson.QuestionCount - wrong.Count, lesson.QuestionCount, wrong.Count == 0, wrong, null);
    })));
    await db.BulkCopyAsync(bulk, ids.Where(_ => random.Next(3) == 0).SelectMany(id =>
        rule.Milestones.SelectMany(m => Enumerable.Range(0, random.Next(m.Count + 2)).Select(k => new Milestone(id, m.Key, now.AddDays(-k), "scenario")))));
    await db.BulkCopyAsync(bulk, ids.Where(_ => random.Next(3) == 0).SelectMany(id =>
        rule.SignOffs.Select(s => new SkillSignOff(id, s.SkillId, kaderId, now, "ok"))));
}

seed.Stop();
var filter = new DashboardFilter(null);

async Task<(int Ready, int Stuck, int Level1)> AggregateAsync()
{
    await using var db = new LearnDbContext(options);
    var dashboard = new FacilitatorDashboard(db, catalog, rules, time);
    var standings = await dashboard.StandingsAsync(filter);
    var funnel = dashboard.Funnel(standings);
    dashboard.PerLevel(standings);
    await dashboard.InclusionAsync(standings);
    var (_, stuck) = await dashboard.StuckAsync(standings, 0, 20);
    await dashboard.DifficultQuestionsAsync(filter);
    return (funnel.Single(s => s.Key == "ready").Learners, stuck, funnel.Single(s => s.LevelNumber == 1).Learners);
}

// The per-learner way: one learner at a time, their rows loaded and their journey built in memory.
async Task<(int Ready, int Stuck, int Level1)> NaiveAsync()
{
    await using var db = new LearnDbContext(options);
    var learnerIds = await db.Accounts.AsNoTracking().Where(a => a.Role == Role.Learner).Select(a => new { a.Id, a.CreatedAt }).ToListAsync();
    int ready = 0, stuck = 0, level1 = 0;
    foreach (var learner in learnerIds)
    {
        var rows = await db.LessonProgress.AsNoTracking().Where(p => p.AccountId == learner.Id).ToListAsync();
        var unlocks = await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == learner.Id).ToListAsync();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.LearnerId == learner.Id).ToListAsync();
        var signOffs = await db.SkillSignOffs.AsNoTracking().Where(s => s.LearnerId == learner.Id).ToListAsync();
        var journey = JourneyRules.Build(course, rows.Where(r => course.FindLesson(r.LessonId) is not null), unlocks);
        var mastered = journey.Levels.Where(l => l.IsMastered).Select(l => l.Level.Number).ToHashSet();
        var isReady = ReadinessEvaluator.IsReady(rule, mastered, milestones.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.Count()),
            signOffs.Select(s => s.SkillId).ToHashSet());
        ready += isReady ? 1 : 0;
        level1 += mastered.Contains(1) ? 1 : 0;
        var last = rows.Count == 0 ? learner.CreatedAt : rows.Max(r => r.LastActivityAt);
        var failures = rows.Where(r => !r.IsMastered).Select(r => r.ConsecutiveFailures).DefaultIfEmpty(0).Max();
        stuck += !isReady && (last < now - FacilitatorDashboard.IdleLimit || failures >= FacilitatorDashboard.FailureLimit) ? 1 : 0;
    }

    // Difficult questions, the per-row way: every attempt loaded and split.
    var attempts = await db.QuizAttempts.AsNoTracking().Select(a => new { a.LessonId, a.WrongQuestionIds }).ToListAsync();
    _ = attempts.SelectMany(a => a.WrongQuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(q => (a.LessonId, q)))
        .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
    return (ready, stuck, level1);
}

var warm = await AggregateAsync();
var runs = new List<double>();
for (var i = 0; i < 5; i++)
{
    var watch = Stopwatch.StartNew();
    await AggregateAsync();
    runs.Add(watch.Elapsed.TotalMilliseconds);
}

var naiveWatch = Stopwatch.StartNew();
var naive = await NaiveAsync();
var naiveMs = naiveWatch.Elapsed.TotalMilliseconds;
var median = runs.Order().ElementAt(runs.Count / 2);

Console.WriteLine($"District: {Villages} villages, {Learners:N0} learners, {Learners * RowsPerLearner:N0} progress rows, {Learners * AttemptsPerLearner:N0} quiz attempts (seeded in {seed.Elapsed.TotalSeconds:F0} s)");
Console.WriteLine($"  grouped queries (dashboard)   median of 5: {median,8:N0} ms   (ready {warm.Ready}, stuck {warm.Stuck}, level 1 mastered {warm.Level1})");
Console.WriteLine($"  per-learner loop (baseline)   one run:     {naiveMs,8:N0} ms   (ready {naive.Ready}, stuck {naive.Stuck}, level 1 mastered {naive.Level1})");
Console.WriteLine($"  ratio baseline / dashboard    {naiveMs / median,8:F1}x");
if (warm != naive)
{
    Console.WriteLine("  MISMATCH: the two ways disagree");
}

SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);

static string FindCourses()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Learn.sln")))
        {
            return Path.Combine(dir.FullName, "courses");
        }
    }

    throw new InvalidOperationException("Learn.sln not found");
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

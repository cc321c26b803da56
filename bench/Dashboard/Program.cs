using System.Diagnostics;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Districts of 1,000, 10,000 and 50,000 learners (or the sizes given as arguments), each with 100
// LessonProgress rows a learner (the 35 lessons of the shipped course plus 65 retired lesson ids, as a
// long-running programme collects), 30 quiz attempts a learner and the readiness evidence, seeded by
// one prepared INSERT per table in one transaction into a temporary SQLite file; then the summaries are counted (the rebuild command's work).
// Times, in the same run, the dashboard as built (reading the summaries) against the grouped queries
// over every progress and quiz row it used before, and reports the ratio.
const int Villages = 20, RowsPerLearner = 100, AttemptsPerLearner = 30;
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1_000, 10_000, 50_000];
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
var now = time.GetUtcNow();
Console.WriteLine("learners | progress rows | seed s | rebuild s | summaries (dashboard) ms | grouped queries ms | grouped / summaries");
foreach (var learners in sizes)
{
    var folder = Path.Combine(Path.GetTempPath(), "learn-bench-dashboard-" + Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    var options = new DbContextOptionsBuilder<LearnDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}").Options;
    var random = new Random(42);
    var seed = Stopwatch.StartNew();
    await using (var db = new LearnDbContext(options))
    {
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    // One connection, one transaction, one prepared INSERT per table; a bench database need not survive a crash mid-seed.
    await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "bench.db")};Pooling=False"))
    await using (var db = new LearnDbContext(new DbContextOptionsBuilder<LearnDbContext>().UseSqlite(connection).Options))
    {
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        int Insert<T>(IEnumerable<T> rows) where T : class => new FastInsert<T>(db, connection, transaction).Run(rows);
        List<int> Ids(string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var result = new List<int>();
            while (reader.Read())
            {
                result.Add(reader.GetInt32(0));
            }

            return result;
        }

        Insert(Enumerable.Range(1, Villages).Select(i => new Village($"Desa {i}", "Kecamatan", "Boyolali")));
        var villageIds = Ids("SELECT Id FROM Villages ORDER BY Id");
        Insert(villageIds.Select(v => new Account($"Kader {v}", $"08{900_000_000 + v:D10}", Role.Kader, v, null,
            Gender.Female, 1995, now.AddDays(-500), null)));
        var kaderIds = Ids($"SELECT Id FROM Accounts WHERE Role = {(int)Role.Kader} ORDER BY VillageId");
        var kader = villageIds.Zip(kaderIds).ToDictionary(p => p.First, p => p.Second);
        Insert(Enumerable.Range(0, learners).Select(i => new Account($"Peserta {i}", $"08{100_000_000 + i:D10}", Role.Learner,
            villageIds[i % Villages], null, random.Next(100) < 65 ? Gender.Female : Gender.Male, random.Next(1955, 2006), now.AddDays(-random.Next(400)), null)));
        var ids = Ids($"SELECT Id FROM Accounts WHERE Role = {(int)Role.Learner} ORDER BY Id");
        var people = ids.Select((id, i) => new { Id = id, VillageId = villageIds[i % Villages] }).ToList();
        // Every learner has a kader, as a balanced programme has: "no kader" then adds nothing to the stuck count of either way.
        Insert(people.Select(p => new KaderAssignment(p.Id, kader[p.VillageId], false, "bench", now, null)));

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

        Insert(Progress());
        Insert(ids.SelectMany(id => Enumerable.Range(0, AttemptsPerLearner).Select(k =>
        {
            var lesson = lessons[random.Next(lessons.Count)];
            var wrong = lesson.Indonesian.Quiz.Questions.Where(_ => random.Next(4) == 0).Select(q => q.Id).ToList();
            return new QuizAttempt(id, lesson.Id, now.AddDays(-random.Next(60)), lesson.QuestionCount - wrong.Count, lesson.QuestionCount, wrong.Count == 0, wrong, null);
        })));
        Insert(ids.Where(_ => random.Next(3) == 0).SelectMany(id =>
            rule.Milestones.SelectMany(m => Enumerable.Range(0, random.Next(m.Count + 2)).Select(k => new Milestone(id, m.Key, now.AddDays(-k), "scenario")))));
        Insert(ids.Where(_ => random.Next(3) == 0).SelectMany(id =>
            rule.SignOffs.Select(s => new SkillSignOff(id, s.SkillId, kader.Values.First(), now, "ok"))));
        transaction.Commit();
    }

    seed.Stop();
    var rebuild = Stopwatch.StartNew();
    await using (var db = new LearnDbContext(options))
    {
        await new ProgressSummaries(db, catalog).RebuildAsync();
    }

    rebuild.Stop();
    var filter = new DashboardFilter(null);

    async Task<(int Ready, int Stuck, int Level1, int Questions)> DashboardAsync()
    {
        await using var db = new LearnDbContext(options);
        var dashboard = new FacilitatorDashboard(db, catalog, new LearnerStandings(db, catalog, rules, time), time);
        var standings = await dashboard.StandingsAsync(filter);
        var funnel = dashboard.Funnel(standings);
        dashboard.PerLevel(standings);
        await dashboard.InclusionAsync(standings);
        var (_, stuck) = await dashboard.StuckAsync(standings, 0, 20);
        var questions = await dashboard.DifficultQuestionsAsync(filter);
        return (funnel.Single(s => s.Key == "ready").Learners, stuck, funnel.Single(s => s.LevelNumber == 1).Learners, questions.Count);
    }

    async Task<(int Ready, int Stuck, int Level1, int Questions)> GroupedAsync()
    {
        await using var db = new LearnDbContext(options);
        return await GroupedQueries.RunAsync(db, course, rule, now);
    }

    // Interleaved, after one warm-up each, so both ways see the same machine load.
    var fresh = await DashboardAsync();
    var old = await GroupedAsync();
    var (freshRuns, oldRuns) = (new List<double>(), new List<double>());
    for (var i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        await DashboardAsync();
        freshRuns.Add(watch.Elapsed.TotalMilliseconds);
        watch.Restart();
        await GroupedAsync();
        oldRuns.Add(watch.Elapsed.TotalMilliseconds);
    }

    var (freshMs, oldMs) = (Median(freshRuns), Median(oldRuns));
    Console.WriteLine($"{learners,8:N0} | {learners * RowsPerLearner,13:N0} | {seed.Elapsed.TotalSeconds,6:F0} | {rebuild.Elapsed.TotalSeconds,9:F1} | "
        + $"{freshMs,24:N0} | {oldMs,18:N0} | {oldMs / freshMs,5:F1}x");
    if (fresh != old)
    {
        Console.WriteLine($"  MISMATCH: summaries {fresh} vs grouped queries {old}");
    }

    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static double Median(List<double> runs) => runs.Order().ElementAt(runs.Count / 2);

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

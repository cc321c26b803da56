using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Learn.Web.Hosting;

/// <summary>
/// A demo village for trying Learn: a facilitator, three kader and twenty learners at different
/// levels. Runs only when enabled and the database has no accounts.
/// </summary>
public sealed class DemoVillageSeeder(LearnDbContext db, IPasswordHasher<Account> hasher, CourseCatalog courses, TimeProvider time,
    KaderAssignmentService assignments, ProgressSummaries summaries)
{
    public const string DemoPin = "147258";

    public sealed record DemoLogin(string Role, string Name, string Phone);

    // Days since each demo learner last studied, in the order of Learners: four past the stuck rule's seven days.
    private static readonly int[] DaysSinceLastVisit = [0, 1, 12, 2, 1, 3, 9, 0, 1, 2, 4, 1, 0, 20, 2, 1, 3, 0, 10, 1];

    // Failed the quiz after her last mastered lesson three times yesterday.
    private const int RepeatedFailuresLearner = 11;

    private static readonly (string Name, Gender Gender, int BirthYear, string Hamlet, int Level)[] Learners =
    [
        ("Siti Aminah", Gender.Female, 1976, "Dukuh Krajan", 1),
        ("Sri Wahyuni", Gender.Female, 1969, "Dukuh Krajan", 1),
        ("Suparmi", Gender.Female, 1963, "Dukuh Ngasem", 1),
        ("Tri Handayani", Gender.Female, 1984, "Dukuh Ngasem", 1),
        ("Endang Lestari", Gender.Female, 1979, "Dukuh Krajan", 2),
        ("Wahyu Nugroho", Gender.Male, 1995, "Dukuh Sendang", 2),
        ("Dwi Astuti", Gender.Female, 1988, "Dukuh Sendang", 2),
        ("Joko Santoso", Gender.Male, 1972, "Dukuh Ngasem", 2),
        ("Rina Kurniawati", Gender.Female, 1991, "Dukuh Krajan", 3),
        ("Yuliana Pratiwi", Gender.Female, 1986, "Dukuh Sendang", 3),
        ("Sumarni", Gender.Female, 1966, "Dukuh Ngasem", 3),
        ("Ngatini", Gender.Female, 1961, "Dukuh Krajan", 3),
        ("Parjiyem", Gender.Female, 1958, "Dukuh Sendang", 4),
        ("Puji Rahayu", Gender.Female, 1982, "Dukuh Ngasem", 4),
        ("Agus Setiawan", Gender.Male, 1998, "Dukuh Krajan", 4),
        ("Budi Prasetyo", Gender.Male, 1990, "Dukuh Sendang", 4),
        ("Ratna Sari", Gender.Female, 1993, "Dukuh Ngasem", 5),
        ("Eko Saputro", Gender.Male, 1997, "Dukuh Krajan", 5),
        ("Lestari Wulandari", Gender.Female, 1989, "Dukuh Sendang", 5),
        ("Wartini", Gender.Female, 1974, "Dukuh Ngasem", 5),
    ];

    public async Task<IReadOnlyList<DemoLogin>?> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Accounts.AnyAsync(ct))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var village = new Village("Sidomulyo", "Ngemplak", "Boyolali");
        db.Villages.Add(village);
        await db.SaveChangesAsync(ct);

        var logins = new List<DemoLogin>();
        Account Add(string name, string phone, Role role, int? villageId, string? hamlet, Gender gender, int? birthYear)
        {
            var account = new Account(name, phone, role, villageId, hamlet, gender, birthYear, now, null);
            account.SetPinHash(hasher.HashPassword(account, DemoPin));
            db.Accounts.Add(account);
            logins.Add(new DemoLogin(role.ToString(), name, account.Phone));
            return account;
        }

        Add("Admin Learn", "081100000001", Role.Admin, null, null, Gender.Unspecified, null);
        var facilitator = Add("Hartini Widyastuti", "081225010001", Role.Facilitator, null, null, Gender.Female, 1985);
        var kader = new[]
        {
            (Account: Add("Dimas Aditya", "081225010101", Role.Kader, village.Id, "Dukuh Krajan", Gender.Male, 2001), Languages: new[] { "id", "jv" }),
            (Account: Add("Nur Fadilah", "081225010102", Role.Kader, village.Id, "Dukuh Ngasem", Gender.Female, 2000), Languages: new[] { "id", "jv" }),
            (Account: Add("Rizky Amelia", "081225010103", Role.Kader, village.Id, "Dukuh Sendang", Gender.Female, 2003), Languages: new[] { "id" }),
        };
        var learners = Learners.Select((l, i) =>
            (Account: Add(l.Name, $"0857290{i + 1:D5}", Role.Learner, village.Id, l.Hamlet, l.Gender, l.BirthYear), l.Level)).ToList();
        await db.SaveChangesAsync(ct);

        db.FacilitatorVillages.Add(new FacilitatorVillage(facilitator.Id, village.Id));

        // Each learner has mastered the levels below their own, and about half of their current one, one lesson a
        // day up to their last visit. Most studied this week; a few have been away longer than the stuck rule allows
        // and one keeps failing the next quiz, so the kader's list and the dashboard show what a real village shows.
        var course = courses.Current;
        foreach (var ((account, level), index) in learners.Select((l, i) => (l, i)))
        {
            var current = course.FindLevel(level)?.Lessons ?? [];
            var lessons = course.Levels.Where(l => l.Number < level).SelectMany(l => l.Lessons)
                .Concat(current.Take((current.Count + 1) / 2)).ToList();
            var lastVisit = now.AddDays(-DaysSinceLastVisit[index % DaysSinceLastVisit.Length]);
            foreach (var (lesson, back) in lessons.Select((lesson, i) => (lesson, lessons.Count - 1 - i)))
            {
                var progress = new LessonProgress(account.Id, lesson.Id, lesson.LevelNumber);
                progress.RecordAttempt(lesson.QuestionCount, passed: true, lastVisit.AddDays(-back));
                db.LessonProgress.Add(progress);
            }

            if (index == RepeatedFailuresLearner && current.Except(lessons).FirstOrDefault() is { } next)
            {
                var failing = new LessonProgress(account.Id, next.Id, next.LevelNumber);
                for (var attempt = 0; attempt < StuckRule.FailureLimit; attempt++)
                {
                    failing.RecordAttempt(0, passed: false, lastVisit.AddHours(attempt + 1));
                }

                db.LessonProgress.Add(failing);
            }
        }

        // Kader finished every level themselves, which is what qualifies them to tutor; 8 places each.
        foreach (var (account, languages) in kader)
        {
            var day = 0;
            foreach (var lesson in course.AllLessons)
            {
                var progress = new LessonProgress(account.Id, lesson.Id, lesson.LevelNumber);
                progress.RecordAttempt(lesson.QuestionCount, passed: true, now.AddDays(-200 + day++));
                db.LessonProgress.Add(progress);
            }

            var profile = new KaderProfile(account.Id, now);
            profile.ChangeCapacity(KaderProfile.DefaultCapacity, now);
            profile.SetLanguages(languages, now);
            db.KaderProfiles.Add(profile);
        }

        // Two learners with wishes, so the demo shows them honoured.
        db.KaderWishes.Add(new KaderWish(learners[2].Account.Id, sameGender: true, language: "jv"));
        db.KaderWishes.Add(new KaderWish(learners[12].Account.Id, sameGender: true, language: null));
        await db.SaveChangesAsync(ct);
        await assignments.AssignEveryoneAsync(null, "demo village seeded", ct);
        // The progress above was written as rows, not through the recorder: count the dashboard's summaries from them.
        await summaries.RebuildAsync(ct);
        return logins;
    }
}

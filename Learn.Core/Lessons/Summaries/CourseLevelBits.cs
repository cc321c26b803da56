using System.Security.Cryptography;
using System.Text;
using Learn.Content.Courses;

namespace Learn.Core.Lessons.Summaries;

/// <summary>
/// Levels as bits of one number, so "which levels has this learner mastered" is one column: bit <c>i</c> is the
/// <c>i</c>-th level of the course by number, then any extra levels (a readiness rule's level the course lacks).
/// <see cref="Key"/> names the lesson count of every level: a mask stored with one key means nothing under another.
/// </summary>
public sealed class CourseLevelBits
{
    public const int KeyLength = 16;

    private const int MaxLevels = 62;

    private readonly Dictionary<int, int> _bits;

    private readonly Dictionary<int, int> _lessons;

    private CourseLevelBits(IReadOnlyList<(int Number, int Lessons)> course, IReadOnlyList<int> levels)
    {
        if (levels.Count > MaxLevels)
        {
            throw new InvalidOperationException($"At most {MaxLevels} levels fit in a level mask; there are {levels.Count}.");
        }

        CourseLevels = course;
        Levels = levels;
        _bits = levels.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        _lessons = course.ToDictionary(l => l.Number, l => l.Lessons);
        var text = string.Join(";", course.Select(l => FormattableString.Invariant($"{l.Number}={l.Lessons}")));
        Key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..KeyLength];
    }

    /// <summary>The course's levels by number, with their lesson counts.</summary>
    public IReadOnlyList<(int Number, int Lessons)> CourseLevels { get; }

    /// <summary>Every level with a bit, in bit order.</summary>
    public IReadOnlyList<int> Levels { get; }

    public string Key { get; }

    public static CourseLevelBits Of(CourseSnapshot course, IEnumerable<int>? extraLevels = null)
    {
        var levels = course.Levels.Select(l => (l.Number, l.Lessons.Count)).OrderBy(l => l.Number).ToList();
        var numbers = levels.Select(l => l.Number).ToList();
        numbers.AddRange((extraLevels ?? []).Except(numbers).Distinct().Order());
        return new CourseLevelBits(levels, numbers);
    }

    /// <summary>The bit of a level, or 0 for a level without one.</summary>
    public long Bit(int level) => _bits.TryGetValue(level, out var i) ? 1L << i : 0;

    public long MaskOf(IEnumerable<int> levels) => levels.Aggregate(0L, (mask, level) => mask | Bit(level));

    /// <summary>The levels whose lessons are all mastered, from each level's count of mastered lessons.</summary>
    public long MasteredMask(IEnumerable<(int Level, int MasteredLessons)> levels) =>
        MaskOf(levels.Where(l => l.MasteredLessons >= _lessons.GetValueOrDefault(l.Level, int.MaxValue)).Select(l => l.Level));

    public IReadOnlySet<int> LevelsOf(long mask) => Levels.Where(n => (mask & Bit(n)) != 0).ToHashSet();
}

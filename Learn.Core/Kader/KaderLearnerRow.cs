using Learn.Content.Courses;

namespace Learn.Core.Kader;

/// <summary>One line of the kader's list: who, where, how far, and whether they are stuck (the one stuck rule).</summary>
public sealed record KaderLearnerRow(int Id, string Name, string Phone, string VillageName, string? Hamlet, int CurrentLevel,
    int MasteredLessons, int TotalLessons, DateTimeOffset? LastActivity, bool IsStuck, Lesson? NextStep, string? KaderName);

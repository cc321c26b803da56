namespace Learn.Core.Help;

/// <summary>What the helper's side panel shows about a learner: the lesson they touched last and their latest mistakes.</summary>
public sealed record LearnerPanelFacts(string? CurrentLessonId, IReadOnlyList<RecentMistake> Mistakes);

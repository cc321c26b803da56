namespace Learn.Core.Kader;

/// <summary>A page of the kader's list. <see cref="IsKader"/>: a kader's own learners ("my learners"), else everyone in the viewer's villages.</summary>
public sealed record KaderLearnerPage(bool IsKader, IReadOnlyList<KaderLearnerRow> Rows, Paging Paging);

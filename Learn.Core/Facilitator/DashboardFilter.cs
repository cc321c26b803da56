namespace Learn.Core.Facilitator;

/// <summary>Which learners a dashboard counts: the villages the viewer may see, narrowed by village and cohort.</summary>
public sealed record DashboardFilter(IReadOnlyList<int>? VisibleVillageIds, int? VillageId = null, int? CohortId = null);

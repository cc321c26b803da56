namespace Learn.Core.Facilitator.Impact;

/// <summary>A village's (or all villages') before and after: the baseline round against the latest follow-up round.</summary>
public sealed record VillageImpact(int? VillageId, string Village, int AfterWave, ImpactFigures Before, ImpactFigures After)
{
    public IReadOnlyList<ImpactRow> Rows => ImpactTable.Compare(Before, After);
}

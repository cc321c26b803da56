namespace Learn.Core.Accounts;

/// <summary>A village a facilitator looks after; their view is limited to these.</summary>
public sealed class FacilitatorVillage(int facilitatorId, int villageId)
{
    public int FacilitatorId { get; private set; } = facilitatorId;

    public int VillageId { get; private set; } = villageId;
}

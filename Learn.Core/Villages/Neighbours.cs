namespace Learn.Core.Villages;

/// <summary>
/// Which villages are neighbours: the village itself and every village of the same district in the
/// same regency. A village with no district written down has no neighbours.
/// </summary>
public static class Neighbours
{
    public static IQueryable<Village> Of(this IQueryable<Village> villages, Village village) =>
        string.IsNullOrWhiteSpace(village.District)
            ? villages.Where(v => v.Id == village.Id)
            : villages.Where(v => v.Id == village.Id || (v.District == village.District && v.Regency == village.Regency));
}

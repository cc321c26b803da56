using Learn.Core.Villages;

namespace Learn.Tests.Core.Villages;

public sealed class NeighboursTests
{
    private static Village Make(int id, string name, string district, string regency = "Boyolali")
    {
        var village = new Village(name, district, regency);
        typeof(Village).GetProperty(nameof(Village.Id))!.SetValue(village, id);
        return village;
    }

    private static readonly Village[] All =
    [
        Make(1, "Sidomulyo", "Ngemplak"),
        Make(2, "Kauman", "Ngemplak"),
        Make(3, "Sawahan", "Ngemplak", "Klaten"),
        Make(4, "Banyudono", "Banyudono"),
        Make(5, "Tanpa", ""),
        Make(6, "Juga Tanpa", ""),
    ];

    [Fact]
    public void NeighboursAreTheVillagesOfTheSameDistrictInTheSameRegency() =>
        Assert.Equal([1, 2], All.AsQueryable().Of(All[0]).Select(v => v.Id).Order());

    [Fact]
    public void AVillageWithNoDistrictHasOnlyItself() =>
        Assert.Equal([5], All.AsQueryable().Of(All[4]).Select(v => v.Id));
}

using System.Globalization;

namespace Learn.Web.Shop;

/// <summary>Rupiah as people write it: "Rp 12.500", in every UI language.</summary>
public static class Rupiah
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Format(long amount) =>
        (amount < 0 ? "−Rp " : "Rp ") + Math.Abs(amount).ToString("#,0", Indonesian);
}

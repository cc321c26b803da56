namespace Learn.Core.Shop;

/// <summary>Ids of the lessons that shop feedback links to (courses/04 and 05).</summary>
public static class ShopLessons
{
    public const string Listing = "membuat-listing";
    public const string Orders = "pesanan-dan-pengiriman";
    public const string Payments = "pembayaran-dan-mutasi";
    public const string Chat = "chat-komplain-ulasan";
    public const string Scams = "penipuan-pada-penjual";
    public const string CashBook = "buku-kas";
    public const string Stock = "stok-dan-harga";
    public const string Otp = "kunci-layar-dan-otp";
}

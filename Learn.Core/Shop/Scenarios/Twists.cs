namespace Learn.Core.Shop.Scenarios;

/// <summary>Names of twists and payments as written in scenario files.</summary>
public static class Twists
{
    public static IReadOnlyDictionary<string, Twist> ByName { get; } = new Dictionary<string, Twist>(StringComparer.Ordinal)
    {
        ["none"] = Twist.None,
        ["unpaid"] = Twist.Unpaid,
        ["fake-receipt"] = Twist.FakeReceipt,
        ["overpaid"] = Twist.Overpaid,
        ["fake-courier-fee"] = Twist.FakeCourierFee,
        ["apk-link"] = Twist.ApkLink,
        ["cancel"] = Twist.Cancel,
        ["complaint"] = Twist.Complaint,
        ["otp-request"] = Twist.OtpRequest,
        ["fake-marketplace-service"] = Twist.FakeMarketplaceService,
        ["cod-refused"] = Twist.CodRefused,
        ["false-complaint"] = Twist.FalseComplaint,
    };

    public static IReadOnlyDictionary<string, Payment> Payments { get; } = new Dictionary<string, Payment>(StringComparer.Ordinal)
    {
        ["transfer"] = Payment.Transfer,
        ["ewallet"] = Payment.EWallet,
        ["qris"] = Payment.EWallet,
        ["cod"] = Payment.Cod,
    };

    public static bool IsScam(Twist twist) => twist is Twist.FakeReceipt or Twist.Overpaid or Twist.FakeCourierFee or Twist.ApkLink
        or Twist.OtpRequest or Twist.FakeMarketplaceService or Twist.FalseComplaint;

    /// <summary>Twists where no money ever arrives in the mutasi.</summary>
    public static bool NeverPays(Twist twist) => twist is Twist.Unpaid or Twist.FakeReceipt or Twist.ApkLink;
}

using Learn.Core.Help;

namespace Learn.Tests.Core.Help;

public sealed class WhatsAppLinkTests
{
    [Theory]
    [InlineData("081234567890", "6281234567890")]
    [InlineData("0812-3456-7890", "6281234567890")]
    [InlineData("+62 812 3456 7890", "6281234567890")]
    [InlineData("6281234567890", "6281234567890")]
    [InlineData("81234567890", "6281234567890")]
    public void AnIndonesianMobileNumberBecomesTheInternationalFormWhatsAppWants(string phone, string expected) =>
        Assert.Equal(expected, WhatsAppLink.InternationalNumber(phone));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("+1 415 555 0100")]
    public void SomethingThatIsNotAnIndonesianMobileNumberGivesNoLink(string phone) =>
        Assert.Null(WhatsAppLink.InternationalNumber(phone));

    [Fact]
    public void TheLinkOpensAChatWithTheNumberAndCarriesTheTextEncoded()
    {
        var link = WhatsAppLink.For("6281234567890", "Halo Bu Siti & \"Pak\"? Buka: https://learn.example/belajar/kenali?x=1 #1");

        Assert.Equal(
            "https://wa.me/6281234567890?text=Halo%20Bu%20Siti%20%26%20%22Pak%22%3F%20Buka%3A%20https%3A%2F%2Flearn.example%2Fbelajar%2Fkenali%3Fx%3D1%20%231",
            link);
        Assert.Equal("Halo Bu Siti & \"Pak\"? Buka: https://learn.example/belajar/kenali?x=1 #1", Uri.UnescapeDataString(new Uri(link).Query["?text=".Length..]));
    }
}

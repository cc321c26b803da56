using Learn.Core;
using Learn.Core.Accounts;

namespace Learn.Tests.Core.Accounts;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("0812-3456-7890", "081234567890")]
    [InlineData("+62 812 3456 7890", "081234567890")]
    [InlineData("6285729000001", "085729000001")]
    [InlineData("0857 2900 0001", "085729000001")]
    public void IndonesianMobileNumbersNormaliseToOneForm(string input, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("0274 123456")]
    [InlineData("08123456789012345")]
    [InlineData("0812abc45678")]
    public void OtherInputIsNotAPhoneNumber(string input) => Assert.False(PhoneNumber.TryNormalize(input, out _));

    [Theory]
    [InlineData("111111", true)]
    [InlineData("123456", true)]
    [InlineData("987654", true)]
    [InlineData("147258", false)]
    [InlineData("502913", false)]
    public void ObviousPinsAreTooEasy(string pin, bool tooEasy) => Assert.Equal(tooEasy, Pin.IsTooEasy(pin));

    [Fact]
    public void GeneratedPinsAreWellFormedAndNotObvious()
    {
        var random = new Random(42);
        for (var i = 0; i < 1000; i++)
        {
            var pin = Pin.Generate(random);
            Assert.True(Pin.IsWellFormed(pin));
            Assert.False(Pin.IsTooEasy(pin));
        }
    }

    [Fact]
    public void ALearnerWithoutAVillageIsRefused()
    {
        var e = Assert.Throws<LearnDomainException>(() =>
            new Account("Siti", "081234567890", Role.Learner, null, null, Gender.Female, 1970, DateTimeOffset.UnixEpoch, null));
        Assert.Equal("account.village_required", e.Code);
    }
}

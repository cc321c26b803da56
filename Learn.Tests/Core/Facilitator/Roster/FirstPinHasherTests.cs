using Learn.Core.Facilitator.Roster;

namespace Learn.Tests.Core.Facilitator.Roster;

public sealed class FirstPinHasherTests
{
    private static readonly FirstPinHasher Hasher = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void EveryPinHashedTogetherOnAllCoresVerifiesAloneAndNoOtherPinDoes()
    {
        var pins = Enumerable.Range(0, 10_000).Select(i => (i * 7919 % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var hashes = Hasher.HashAll(pins);

        Assert.All(Enumerable.Range(0, pins.Length), i => Assert.True(Hasher.Verify(hashes[i], pins[i])));
        Assert.All(Enumerable.Range(0, 200), i => Assert.False(Hasher.Verify(hashes[i], pins[i + 1])));
        Assert.Equal(pins.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void AHashFromTheBatchAndOneMadeAloneHaveTheSameFormAndAnotherKeyVerifiesNeither()
    {
        var batch = Hasher.HashAll(["481516"])[0];
        var alone = Hasher.Hash("481516");
        var other = new FirstPinHasher(new byte[32]);

        Assert.Equal(alone.Length, batch.Length);
        Assert.True(FirstPinHasher.IsFirstPinHash(batch));
        Assert.True(Hasher.Verify(alone, "481516"));
        Assert.False(other.Verify(batch, "481516"));
        Assert.False(other.Verify(alone, "481516"));
    }
}

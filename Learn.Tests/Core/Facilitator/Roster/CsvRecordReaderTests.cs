using Learn.Core.Facilitator.Roster;

namespace Learn.Tests.Core.Facilitator.Roster;

/// <summary>The span reader the import uses keeps the rules of the reader before it, edge cases included.</summary>
public sealed class CsvRecordReaderTests
{
    [Fact]
    public void TextAfterAClosingQuoteDoubledQuotesAndQuotesInsideAFieldAreKeptAsBefore()
    {
        var rows = CsvReader.ReadAll("a,b,c\n\"Siti\" Aminah,\"Sri \"\"Ani\"\"\",Jo\"ko\n");

        Assert.Equal(["Siti Aminah", "Sri \"Ani\"", "Jo\"ko"], rows[1].Fields);
    }

    [Fact]
    public void AnUnterminatedQuoteRunsToTheEndAndATrailingSeparatorEndsWithAnEmptyField()
    {
        var unterminated = CsvReader.ReadAll("a,b\nSiti,\"Sido\nmulyo");
        var trailing = CsvReader.ReadAll("a,b\nSiti,");

        Assert.Equal(2, unterminated[1].Row);
        Assert.Equal(["Siti", "Sido\nmulyo"], unterminated[1].Fields);
        Assert.Equal(2, trailing[1].Row);
        Assert.Equal(["Siti", ""], trailing[1].Fields);
    }

    [Fact]
    public void CarriageReturnsAloneEndLinesAndBlankOrEmptyQuotedLinesAreSkippedButCounted()
    {
        var rows = CsvReader.ReadAll("a,b\r\r\n\"\"\rBudi,Kauman\r");

        Assert.Equal([(1, "a"), (4, "Budi")], rows.Select(r => (r.Row, r.Fields[0])));
    }
}

using System.Text;
using Learn.Core.Facilitator.Roster;

namespace Learn.Tests.Core.Facilitator.Roster;

public sealed class CsvTests
{
    [Fact]
    public void ExportsAreUtf8WithABomRfc4180QuotingAndNamesIntact()
    {
        var bytes = CsvWriter.ToBytes(["Nama", "Desa", "Level"],
        [
            ["Ni Luh Putu Sri'ani", "Sidomulyo", 2],
            ["Siti \"Ani\" Aminah, S.Pd", "Kauman\r\nWetan", 3],
            ["Ñoño Şükrü", "Désa", -4],
        ]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(
            "Nama,Desa,Level\r\n" +
            "Ni Luh Putu Sri'ani,Sidomulyo,2\r\n" +
            "\"Siti \"\"Ani\"\" Aminah, S.Pd\",\"Kauman\r\nWetan\",3\r\n" +
            "Ñoño Şükrü,Désa,-4\r\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+62812", "'+62812")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Sri'ani", "Sri'ani")]
    public void CellsThatLookLikeFormulasAreNeutralised(string value, string written) => Assert.Equal(written, CsvWriter.Cell(value));

    [Fact]
    public void ReadingHandlesQuotesLineBreaksInsideFieldsAndBlankLines()
    {
        var rows = CsvReader.ReadAll("\uFEFFnama,desa\r\n\"Siti, \"\"Ani\"\"\",\"Sido\nmulyo\"\r\n\r\nBudi,Kauman");

        Assert.Equal(3, rows.Count);
        Assert.Equal(["Siti, \"Ani\"", "Sido\nmulyo"], rows[1].Fields);
        Assert.Equal((4, "Budi"), (rows[2].Row, rows[2].Fields[0]));
    }

    [Fact]
    public void ASemicolonHeaderMeansASemicolonFile()
    {
        var rows = CsvReader.ReadAll("nama;desa\nSiti, Ani;Sidomulyo\n");

        Assert.Equal(["Siti, Ani", "Sidomulyo"], rows[1].Fields);
    }
}

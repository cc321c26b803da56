namespace Learn.Tests.Web;

/// <summary>
/// The integration test classes run one after another, as before; each class has its own app, database and clock
/// (IClassFixture&lt;LearnApplication&gt;), so what one class advances or stores never reaches another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebTests
{
    public const string Name = "web";
}

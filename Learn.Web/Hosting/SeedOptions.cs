namespace Learn.Web.Hosting;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Create the demo village when the database is empty. On in Development, off otherwise.</summary>
    public bool DemoVillage { get; set; }
}

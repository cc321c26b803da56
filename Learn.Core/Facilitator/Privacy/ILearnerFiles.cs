namespace Learn.Core.Facilitator.Privacy;

/// <summary>
/// Files about a learner kept outside the database (product photos of their practice shop), which the
/// host stores. <see cref="LearnerDataService"/> removes them when it deletes the learner, after every
/// row is gone and before the transaction commits, so a file that cannot be removed undoes the deletion.
/// </summary>
public interface ILearnerFiles
{
    /// <summary>Removes every stored file of the practice shop; nothing to do when there is none.</summary>
    Task DeleteShopFilesAsync(long shopId, CancellationToken ct);
}

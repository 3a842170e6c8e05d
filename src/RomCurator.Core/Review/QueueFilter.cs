using RomCurator.Core.Storage;

namespace RomCurator.Core.Review;

/// <summary>Which open suggestions the queue lists: those whose file or game name contains a text, those of the last run.</summary>
internal sealed record QueueFilter(string? Text, bool OnlyLatestRun)
{
    /// <summary>Binds <c>$latest</c>, <c>$filter</c> and <c>$like</c> of a <see cref="QueueQuery"/> statement.</summary>
    public SqlStatement Bind(SqlStatement statement) =>
        statement.Bind("$latest", OnlyLatestRun).Bind("$filter", Text).Bind("$like", "%" + (Text ?? "") + "%");
}

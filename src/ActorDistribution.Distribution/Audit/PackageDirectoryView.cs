using ActorDistribution.Distribution.PackageDirectories;

namespace ActorDistribution.Distribution.Audit;

/// <summary>A package directory's state with its install status in the shell's wording, as <c>status</c> shows it.</summary>
public sealed record PackageDirectoryView(string Status, PackageDirectoryState State)
{
    public static PackageDirectoryView Of(PackageDirectoryState state) => new(state.Status.Display, state);
}

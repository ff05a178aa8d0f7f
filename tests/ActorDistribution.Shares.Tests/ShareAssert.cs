using ActorDistribution.Shares;

namespace ActorDistribution.Shares.Tests;

/// <summary>Assertions that show the host's own failure message when an outcome is not the expected one.</summary>
internal static class ShareAssert
{
    public static void Ok(ShareResult result) => Assert.True(result.IsSuccess, $"expected success, got: {result}");

    public static T Ok<T>(ShareResult<T> result)
    {
        Assert.True(result.IsSuccess, $"expected success, got: {result}");
        return result.Value;
    }

    public static TFailure Fails<TFailure>(ShareResult result) where TFailure : ShareFailure
        => Assert.IsType<TFailure>(result.Failure);

    public static TFailure Fails<TFailure, T>(ShareResult<T> result) where TFailure : ShareFailure
        => Assert.IsType<TFailure>(result.Failure);
}

namespace ActorDistribution.Shares;

/// <summary>The outcome of an operation that returns nothing: success, or the <see cref="ShareFailure"/> that stopped it.</summary>
public sealed class ShareResult
{
    public static readonly ShareResult Ok = new(null);

    private ShareResult(ShareFailure? failure) => Failure = failure;

    public ShareFailure? Failure { get; }

    public bool IsSuccess => Failure is null;

    public static ShareResult<T> Success<T>(T value) => new(value);

    public static implicit operator ShareResult(ShareFailure failure) => new(failure ?? throw new ArgumentNullException(nameof(failure)));

    public override string ToString() => Failure?.Message ?? "ok";
}

using System.Diagnostics.CodeAnalysis;

namespace ActorDistribution.Shares;

/// <summary>The outcome of an operation that returns a value: the value, or the <see cref="ShareFailure"/> that stopped it.</summary>
public sealed class ShareResult<T>
{
    private readonly T? _value;

    internal ShareResult(T value) => _value = value;

    private ShareResult(ShareFailure failure) => Failure = failure;

    public ShareFailure? Failure { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    /// <summary>The value; asking for it after a failure is a bug, so it throws.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"no value, the operation failed: {Failure.Message}");

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <summary>Drops the value, for callers that only care whether it worked.</summary>
    public ShareResult WithoutValue() => IsSuccess ? ShareResult.Ok : Failure;

    public static implicit operator ShareResult<T>(ShareFailure failure) => new(failure ?? throw new ArgumentNullException(nameof(failure)));

    public override string ToString() => IsSuccess ? $"ok: {_value}" : Failure.Message;
}

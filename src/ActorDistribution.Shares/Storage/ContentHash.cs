using System.Security.Cryptography;

namespace ActorDistribution.Shares.Storage;

/// <summary>SHA-256 as lowercase hex, the form <see cref="ShareFileInfo.Sha256"/> carries.</summary>
internal static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Of(Stream content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

namespace ActorDistribution.Hocon.Tests;

/// <summary>Parses test text with an empty environment, so tests never depend on the machine's variables.</summary>
internal static class Hocon
{
    public static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    public static Config Parse(string text, IReadOnlyDictionary<string, string>? environment = null) =>
        ConfigFactory.ParseString(text, "test.conf", environment ?? NoEnvironment);

    public static HoconException Error(string text, IReadOnlyDictionary<string, string>? environment = null) =>
        Assert.Throws<HoconException>(() => Parse(text, environment));

    /// <summary>Compact JSON, for comparing whole trees in one line.</summary>
    public static string Json(this Config config, string? path = null) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(path is null ? config.ToJson() : config.GetValue(path).ToJson()).RootElement);
}

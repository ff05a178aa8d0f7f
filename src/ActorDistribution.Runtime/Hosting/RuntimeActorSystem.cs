using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Configuration;
using AkkaConfig = Akka.Configuration.Config;
using HoconConfig = ActorDistribution.Hocon.Config;

namespace ActorDistribution.Runtime.Hosting;

/// <summary>Creates the actor system from our resolved configuration, on the wall clock or on a virtual one.</summary>
public static class RuntimeActorSystem
{
    private static readonly string CountingExecutor = $"{typeof(CountingExecutorConfigurator).FullName}, {typeof(CountingExecutorConfigurator).Assembly.GetName().Name}";

    // Akka's log goes to the process's Serilog pipeline; beneath the caller's config, so it may say otherwise.
    private static readonly AkkaConfig Logging = ConfigurationFactory.ParseString("""
        akka.loggers = ["Akka.Logger.Serilog.SerilogLogger, Akka.Logger.Serilog"]
        akka.logger-formatter = "Akka.Logger.Serilog.SerilogLogMessageFormatter, Akka.Logger.Serilog"
        akka.stdout-loglevel = OFF
        """);

    /// <summary>
    /// The settings that put a system on a <see cref="VirtualScheduler"/> starting at <paramref name="start"/>,
    /// with every dispatcher our actors and the persistence plugins run on counting its mailbox runs.
    /// </summary>
    public static AkkaConfig VirtualClock(DateTimeOffset start) => ConfigurationFactory.ParseString($$"""
        akka.scheduler.implementation = "{{typeof(VirtualScheduler).FullName}}, {{typeof(VirtualScheduler).Assembly.GetName().Name}}"
        akka.scheduler.virtual-clock.start = "{{start.ToUniversalTime():O}}"
        akka.actor.default-dispatcher.executor = "{{CountingExecutor}}"
        akka.actor.internal-dispatcher.executor = "{{CountingExecutor}}"
        akka.actor.default-blocking-io-dispatcher.executor = "{{CountingExecutor}}"
        akka.persistence.dispatchers.default-plugin-dispatcher.executor = "{{CountingExecutor}}"
        akka.persistence.dispatchers.default-replay-dispatcher.executor = "{{CountingExecutor}}"
        """);

    /// <summary>
    /// The node's system: our tree (its <c>akka</c> section over Akka's defaults) with the journal the
    /// <c>persistence</c> section chooses; the journal's database is readied first (SQLite: directory, WAL).
    /// </summary>
    /// <param name="virtualClockStart">null: wall clock; otherwise a virtual clock starting there.</param>
    /// <param name="eventAssemblies">Assemblies of the host's own events, scanned besides those the configuration names.</param>
    public static ActorSystem Create(string name, HoconConfig config, DateTimeOffset? virtualClockStart = null, params string[] eventAssemblies)
        => Create(name, config, null, virtualClockStart, eventAssemblies);

    /// <param name="over">Settings over everything else (the cluster mode's), or null.</param>
    public static ActorSystem Create(string name, HoconConfig config, AkkaConfig? over, DateTimeOffset? virtualClockStart, params string[] eventAssemblies)
    {
        var journal = JournalSettings.FromConfig(config);
        journal.Prepare();
        var akka = journal.ToAkkaConfig().WithFallback(config.ToAkkaConfig());
        if (over is not null) akka = over.WithFallback(akka);
        if (eventAssemblies.Length > 0)
        {
            var path = $"{EventSerialization.SettingsPath}.assemblies";
            var all = (akka.GetStringList(path) ?? []).Concat(eventAssemblies).Distinct().Select(a => $"\"{a}\"");
            akka = ConfigurationFactory.ParseString($"{path} = [{string.Join(", ", all)}]").WithFallback(akka);
        }
        return Create(name, akka, virtualClockStart);
    }

    /// <param name="virtualClockStart">null: wall clock; otherwise a virtual clock starting there.</param>
    public static ActorSystem Create(string name, AkkaConfig config, DateTimeOffset? virtualClockStart = null)
    {
        var full = config.WithFallback(Logging);
        if (virtualClockStart is { } start) full = VirtualClock(start).WithFallback(full);
        return ActorSystem.Create(name, full.WithFallback(ConfigurationFactory.Default()));
    }
}

using System.CommandLine;
using System.Globalization;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Shell.Commands;

/// <summary>
/// <c>audit timeline|state|verify|export</c> (src/ActorDistribution.Shell/docs/audit.md): the journal read directly, with no node, from
/// <c>--journal &lt;sqlite file&gt;</c> (default <c>./data/journal.db</c>) or <c>--postgres &lt;connection string&gt;</c>.
/// A user's mistake (missing file, bad time, unknown entity) is one line on stderr and exit code 1.
/// </summary>
public static class AuditCommands
{
    /// <summary>
    /// The node's default file (<see cref="JournalSettings.DefaultSqlitePath"/>), named as messages show it:
    /// <c>data/journal.db</c>, without the leading <c>./</c>.
    /// </summary>
    private static readonly string DefaultJournal = Path.GetRelativePath(".", JournalSettings.DefaultSqlitePath);
    /// <param name="codec">
    /// Makes the codec the journal is read with; default <see cref="DistributionEvents.Codec"/>. A host that
    /// journals events of its own (e.g. the node's simulation clock) passes one that knows them too; events nobody knows
    /// are still shown and exported as stored, and counted by verify.
    /// </param>
    /// <param name="defaultJournal">The SQLite file read when no --journal is given; default <c>data/journal.db</c> under the
    /// working directory, the node's default file (a shell started with --data or --simulate passes the journal of that data folder).</param>
    public static Command Create(TextWriter output, TextWriter error, Func<EventCodec>? codec = null, string? defaultJournal = null)
    {
        var where = new AuditJournalDefaults(codec ?? DistributionEvents.Codec, defaultJournal ?? DefaultJournal);
        var audit = new Command("audit", "Read the event journal directly, without a node: timelines, states at a time, invariants, export");
        audit.Subcommands.Add(TimelineCommand(where, output, error));
        audit.Subcommands.Add(StateCommand(where, output, error));
        audit.Subcommands.Add(VerifyCommand(where, output, error));
        audit.Subcommands.Add(ExportCommand(where, output, error));
        return audit;
    }

    private static Command TimelineCommand(AuditJournalDefaults defaults, TextWriter output, TextWriter error)
    {
        var entity = EntityArgument("The entity (e.g. pkgdir/NTSRV1/OFFICE97), or site/<code> for the whole site");
        var from = new Option<string?>("--from") { HelpName = "time", Description = "Only events at or after this ISO 8601 time (UTC unless an offset is given)" };
        var to = new Option<string?>("--to") { HelpName = "time", Description = "Only events at or before this ISO 8601 time" };
        var journal = new AuditJournalOptions(defaults);
        var command = new Command("timeline", "The events of one entity, or of a whole site, in journal order");
        command.Arguments.Add(entity);
        command.Options.Add(from);
        command.Options.Add(to);
        journal.AddTo(command);
        command.SetAction((parsed, cancellation) => Run(journal, parsed, error, async (source, progress) =>
        {
            var window = new TimeWindow(Time(parsed.GetValue(from), "--from"), Time(parsed.GetValue(to), "--to"));
            var timeline = await Timeline.ReadAsync(source, parsed.GetValue(entity)!, window, progress, cancellation);
            progress?.Dispose();
            foreach (var entry in timeline) output.WriteLine(entry.ToString());
            if (timeline.Count == 0) output.WriteLine("no events in that time window");
            return 0;
        }, cancellation));
        return command;
    }

    private static Command StateCommand(AuditJournalDefaults defaults, TextWriter output, TextWriter error)
    {
        var entity = new Argument<string?>("entity")
        {
            Description = "The entity (e.g. pkgdir/NTSRV1/OFFICE97, inbox/CAP_DAN/offerinf.box); without it, every entity",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var at = new Option<string>("--at") { HelpName = "time", Description = "The ISO 8601 time to rebuild the entity at", Required = true };
        var journal = new AuditJournalOptions(defaults);
        var command = new Command("state", "Rebuild an entity (or every entity) as it stood at a time, from its events up to then, as JSON");
        command.Arguments.Add(entity);
        command.Options.Add(at);
        journal.AddTo(command);
        command.SetAction((parsed, cancellation) => Run(journal, parsed, error, async (source, progress) =>
        {
            var time = Time(parsed.GetValue(at), "--at")!.Value;
            if (parsed.GetValue(entity) is { } one)
            {
                var state = await StateAt.RebuildAsync(source, one, time, progress: progress, cancellationToken: cancellation);
                progress?.Dispose();
                output.WriteLine(state.ToJson());
                return 0;
            }

            var states = await StateAt.RebuildAllAsync(source, time, progress: progress, cancellationToken: cancellation);
            progress?.Dispose();
            output.WriteLine(EntityState.ToJson(states));
            return 0;
        }, cancellation));
        return command;
    }

    private static Command VerifyCommand(AuditJournalDefaults defaults, TextWriter output, TextWriter error)
    {
        var journal = new AuditJournalOptions(defaults);
        var command = new Command("verify", "Check the journal's invariants (forced delivery, inbox locks, no gaps; see src/ActorDistribution.Shell/docs/audit.md); exit 1 when any is violated");
        journal.AddTo(command);
        command.SetAction((parsed, cancellation) => Run(journal, parsed, error, async (source, progress) =>
        {
            var report = await InvariantChecker.VerifyAsync(source, progress, cancellation);
            progress?.Dispose();
            foreach (var violation in report.Violations) output.WriteLine(violation.ToString());
            if (report.UnknownManifests.Count > 0)
                output.WriteLine("not checked, unknown to this audit: " + string.Join(", ",
                    report.UnknownManifests.Select(unknown => string.Create(CultureInfo.InvariantCulture, $"{unknown.Value} event(s) of {unknown.Key}"))));
            var read = string.Create(CultureInfo.InvariantCulture, $"{report.EventsRead} event(s) of {report.Entities} entit{(report.Entities == 1 ? "y" : "ies")}");
            if (report.IsClean)
            {
                output.WriteLine($"no violations in {read}");
                return 0;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Violations.Count} violation(s) in {read}"));
            return 1;
        }, cancellation));
        return command;
    }

    private static Command ExportCommand(AuditJournalDefaults defaults, TextWriter output, TextWriter error)
    {
        var file = new Option<string?>("--out") { HelpName = "file", Description = "Write to this file (replaced only once the export is complete) instead of stdout" };
        var journal = new AuditJournalOptions(defaults);
        var command = new Command("export", "Every event as one JSON object per line");
        command.Options.Add(file);
        journal.AddTo(command);
        command.SetAction((parsed, cancellation) => Run(journal, parsed, error, async (source, progress) =>
        {
            if (parsed.GetValue(file) is not { } path)
            {
                // Lines going to the same terminal would be torn by the progress line.
                await JsonLinesExport.WriteAsync(source, output, Console.IsOutputRedirected ? progress : null, cancellation);
                return 0;
            }

            var written = await JsonLinesExport.WriteFileAsync(source, path, progress, cancellation);
            progress?.Dispose();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {written} event(s) to {path}"));
            return 0;
        }, cancellation));
        return command;
    }

    private static Argument<string> EntityArgument(string description) => new("entity") { Description = description };

    /// <summary>Opens the journal, runs <paramref name="verb"/>, and turns a user's mistake into one line on stderr.</summary>
    private static async Task<int> Run(AuditJournalOptions journal, ParseResult parsed, TextWriter error,
        Func<AuditSource, TerminalProgress?, Task<int>> verb, CancellationToken cancellation)
    {
        using var progress = TerminalProgress.For(error);
        try
        {
            var postgres = parsed.GetValue(journal.Postgres);
            var file = parsed.GetValue(journal.Journal);
            if (postgres is not null && parsed.GetResult(journal.Journal) is { Implicit: false })
                throw new AuditSourceException("give either --journal or --postgres, not both");
            await using var source = postgres is not null
                ? await AuditSource.OpenPostgreSqlAsync(postgres, journal.Serializer(), cancellation)
                : await AuditSource.OpenSqliteAsync(file!, journal.Serializer(), cancellation);
            return await verb(source, progress);
        }
        catch (AuditSourceException problem)
        {
            progress?.Dispose();
            error.WriteLine($"error: {problem.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            progress?.Dispose();
            error.WriteLine("error: audit cancelled");
            return 1;
        }
    }

    /// <summary>An optional ISO 8601 time from an option; a bad one is the user's mistake.</summary>
    private static DateTimeOffset? Time(string? text, string option)
    {
        if (text is null) return null;
        if (AuditFormat.TryParseTime(text, out var time)) return time;
        throw new AuditSourceException($"{option}: '{text}' is not an ISO 8601 time (e.g. 2026-03-02T08:00:00Z)");
    }
}

using System.Text;
using System.Text.Json;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// Every event of the journal as one JSON object per line: offset, persistenceId, sequenceNr, timestamp (ISO 8601 with offset),
/// manifest, tags, and the event with enums as their words and times with their offset (one this build cannot read: as stored). A file is written beside its destination and moved into place at the
/// end, so a reader never sees half an export.
/// </summary>
public static class JsonLinesExport
{
    /// <returns>The number of events written.</returns>
    public static async Task<long> WriteAsync(AuditSource source, TextWriter output, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        long written = 0;
        await foreach (var envelope in source.ReadAllAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync(Line(source, envelope).AsMemory(), cancellationToken).ConfigureAwait(false);
            written++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>Writes to <paramref name="path"/>, replacing it only once the whole export succeeded.</summary>
    public static async Task<long> WriteFileAsync(AuditSource source, string path, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new AuditSourceException($"{path}: the folder {folder} does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long written;
            await using (var file = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                written = await WriteAsync(source, file, progress, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
            return written;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new AuditSourceException($"{path}: {problem.Message}", problem);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static string Line(AuditSource source, EventEnvelope envelope)
    {
        var stored = source.Stored(envelope);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = AuditFormat.ExportJson.Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("offset", envelope.Offset);
            json.WriteString("persistenceId", envelope.PersistenceId);
            json.WriteNumber("sequenceNr", envelope.SequenceNr);
            json.WriteString("timestamp", AuditFormat.JsonTime(envelope.Timestamp));
            json.WriteString("manifest", stored.Manifest);
            json.WriteStartArray("tags");
            foreach (var tag in envelope.Tags) json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WritePropertyName("event");
            var rendered = AuditFormat.EventJson(envelope.Event, Encoding.UTF8.GetString(stored.Payload));
            if (rendered is null) json.WriteNullValue();
            else rendered.WriteTo(json, AuditFormat.ExportJson);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace EditionGen.Build.State;

/// <summary>
/// The journal beside the state, <c>build-state.journal</c>: records appended one per build, each holding what that
/// build changed in the state (see <see cref="StateChanges"/>). A record names the generation of the state file it
/// follows and its place in the journal, and ends with the SHA-256 of everything before it in the record, so that a
/// record cut short by a killed build, damaged, or left from before the state was written whole again is never applied.
/// </summary>
internal static class StateJournal
{
    public const string FileName = "build-state.journal";

    private const int Magic = 0x4A424745; // "EGBJ"
    private const int Format = 1;
    private const int HeaderLength = 4 + 4 + 16 + 4 + 4;
    private const int ChecksumLength = SHA256.HashSizeInBytes;

    /// <summary>The record of the <paramref name="sequence"/>-th changes (from 1) to the state of <paramref name="generation"/>.</summary>
    public static byte[] Record(Guid generation, int sequence, ReadOnlySpan<byte> changes)
    {
        var record = new byte[HeaderLength + changes.Length + ChecksumLength];
        var span = record.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], Format);
        generation.TryWriteBytes(span[8..24]);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sequence);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], changes.Length);
        changes.CopyTo(span[HeaderLength..]);
        SHA256.HashData(span[..^ChecksumLength], span[^ChecksumLength..]);
        return record;
    }

    /// <summary>
    /// The changes of each whole record of <paramref name="journal"/> that follows the state of
    /// <paramref name="generation"/>, in order, up to the first that does not (and the reason the rest was left).
    /// </summary>
    public static JournalReading Read(byte[] journal, Guid generation)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var records = new List<JournalRecord>();
        var used = 0;
        while (used < journal.Length)
        {
            var rest = journal.AsSpan(used);
            if (Problem(rest, generation, records.Count + 1) is { } problem) return new JournalReading(records, problem);
            var length = BinaryPrimitives.ReadInt32LittleEndian(rest[28..]);
            used += HeaderLength + length + ChecksumLength;
            records.Add(new JournalRecord(journal, used - length - ChecksumLength, length, used));
        }

        return new JournalReading(records, null);
    }

    /// <summary>Why the record at the start of <paramref name="rest"/> is not the <paramref name="sequence"/>-th of the state of <paramref name="generation"/>, or null when it is.</summary>
    private static string? Problem(ReadOnlySpan<byte> rest, Guid generation, int sequence)
    {
        const string Short = "its last record was cut short";
        const string Damaged = "a record of it is damaged";
        if (rest.Length < HeaderLength) return Short;
        if (BinaryPrimitives.ReadInt32LittleEndian(rest) != Magic || BinaryPrimitives.ReadInt32LittleEndian(rest[4..]) != Format) return Damaged;
        var length = BinaryPrimitives.ReadInt32LittleEndian(rest[28..]);
        if (length < 0 || length > rest.Length - HeaderLength - ChecksumLength) return Short;
        var record = rest[..(HeaderLength + length + ChecksumLength)];
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        SHA256.HashData(record[..^ChecksumLength], checksum);
        if (!checksum.SequenceEqual(record[^ChecksumLength..])) return Damaged;
        if (new Guid(record[8..24]) != generation) return "it was written for an earlier state";
        return BinaryPrimitives.ReadInt32LittleEndian(record[24..]) != sequence ? "its records are out of order" : null;
    }
}

namespace NetworkGraph.Data.Seeding;

/// <summary>
/// Version-7 GUIDs (RFC 9562) whose timestamp and random bits come from the caller, so that a run with
/// the same seed produces the same keys, still ordered by creation time like <see cref="Guid.CreateVersion7()"/>.
/// </summary>
internal static class SeededGuid
{
    public static Guid Create(Random random, DateTime timestamp)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes[6..]);
        var milliseconds = (timestamp.ToUniversalTime() - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMillisecond;
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}

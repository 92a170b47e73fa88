namespace ProverNet.Storage;

/// <summary>
/// What a failed open means, in words an operator can act on: RocksDB reports "IO error: lock …", "Corruption: …" and
/// the like; the node prints one line, not a stack trace.
/// </summary>
internal static class StoreOpenErrors
{
    /// <summary>Creates <paramref name="directory"/> (and its parents), or says why it cannot be.</summary>
    public static void CreateDirectory(string directory)
    {
        if (File.Exists(directory))
        {
            throw new IOException($"{directory} is a file, not a directory");
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot create {directory}: {failure.Message}", failure);
        }
    }

    /// <summary>The error for RocksDB's open failure <paramref name="message"/> on <paramref name="directory"/>.</summary>
    public static IOException Explain(string directory, string message)
    {
        // Another process: "While lock file: <dir>/LOCK: Resource temporarily unavailable"; this one: "lock hold by current process".
        if (message.Contains("/LOCK", StringComparison.Ordinal) || message.Contains("lock hold", StringComparison.OrdinalIgnoreCase))
        {
            return new IOException($"{directory} is in use by another process (its RocksDB lock is held): stop that node first");
        }

        if (message.StartsWith("Corruption", StringComparison.Ordinal) || message.Contains("MANIFEST", StringComparison.Ordinal)
            || message.Contains("CURRENT", StringComparison.Ordinal) || message.Contains("checksum", StringComparison.OrdinalIgnoreCase)
            || message.Contains("size mismatch", StringComparison.OrdinalIgnoreCase) || message.Contains("No such file", StringComparison.Ordinal))
        {
            return new StoreDamagedException(
                $"the store in {directory} is damaged and was not opened ({message}); nothing was changed. " +
                "Keep a copy for diagnosis, then rebuild it: `provernet replay` checks a copy, or start from a fresh data directory");
        }

        return new IOException($"cannot open the store in {directory}: {message}");
    }
}

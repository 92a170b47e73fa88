namespace ProverNet.Node.Hosting;

/// <summary>A setting that cannot work; the message starts with its key, as <c>Rpc:Port: …</c>.</summary>
public sealed class InvalidSettingException : InvalidOperationException
{
    /// <summary>Setting <paramref name="key"/> is wrong as <paramref name="problem"/> says.</summary>
    public InvalidSettingException(string key, string problem)
        : base($"{key}: {problem}")
    {
        Key = key;
    }

    /// <summary>A setting that cannot work.</summary>
    public InvalidSettingException()
        : base("invalid setting")
    {
        Key = string.Empty;
    }

    /// <summary>A setting that cannot work, described by <paramref name="message"/>.</summary>
    public InvalidSettingException(string message)
        : base(message)
    {
        Key = string.Empty;
    }

    /// <summary>A setting that cannot work, described by <paramref name="message"/>.</summary>
    public InvalidSettingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    /// <summary>The setting, e.g. <c>Rpc:Port</c>.</summary>
    public string Key { get; }
}

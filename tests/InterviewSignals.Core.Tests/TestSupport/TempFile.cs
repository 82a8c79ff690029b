namespace InterviewSignals.Tests.TestSupport;

/// <summary>A temporary file with the given text, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string text, string? extension = null)
    {
        Path = System.IO.Path.GetTempFileName();
        if (extension is not null)
        {
            File.Move(Path, Path += extension);
        }

        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}

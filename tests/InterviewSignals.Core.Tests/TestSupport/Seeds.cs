namespace InterviewSignals.Tests.TestSupport;

/// <summary>Finds the source articles the built-in sets cite, beside the repository.</summary>
internal static class Seeds
{
    public static readonly IReadOnlyDictionary<string, string> FileByDocument = new Dictionary<string, string>
    {
        ["signs-you-didnt-get-the-job"] = "000_d5e0005505041cba.txt",
        ["interview-went-well-no-offer"] = "001_b7fe22d17532b881.txt",
        ["passed-or-failed"] = "002_e097d7fd7c4c3d1b.txt",
        ["why-no-offer"] = "003_5687287c24c72da7.txt",
        ["signs-interview-went-well"] = "004_ba4d128cb5a933bd.txt",
    };

    public static string RepositoryRoot() => RealText.SharedFiles.RepositoryRoot();

    public static string Directory() => RealText.SharedFiles.Directory("seeds");

    public static string Read(string document) => File.ReadAllText(Path.Combine(Directory(), FileByDocument[document]));

    /// <summary>Folds typographic quote marks to ASCII and runs of white space (including no-break spaces) to one space.</summary>
    public static string Normalise(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var n = c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201c' or '\u201d' => '"',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (n == ' ')
            {
                if (space)
                {
                    continue;
                }

                space = true;
            }
            else
            {
                space = false;
            }

            sb.Append(n);
        }

        return sb.ToString().Trim();
    }
}

using InterviewSignals.Cli;

namespace InterviewSignals.Tests.TestSupport;

/// <summary>Runs the command-line tool in process, as a person would at a terminal, and keeps what it printed.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) RunWithInput(string input, params string[] args) => RunAt(null, input, args);

    /// <summary>Runs as at a terminal <paramref name="width"/> columns wide (none: output redirected).</summary>
    public static (int Exit, string Out, string Err) RunAt(int? width, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error, new StringReader(input), width);
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);
}

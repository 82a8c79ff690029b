using InterviewSignals.Cli;

namespace InterviewSignals.Tests.TestSupport;

/// <summary>Runs the command-line tool in process, as a person would at a terminal, and keeps what it printed.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error, new StringReader(input));
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);
}

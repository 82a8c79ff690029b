using System;

namespace InterviewSignals.Cli;

internal static class Program
{
    // At a terminal, text is wrapped at its width so that no word breaks across lines.
    private static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error, Console.In, Console.IsOutputRedirected ? null : Width());

    private static int? Width()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth - 1 : null;
        }
        catch (System.IO.IOException)
        {
            return null;
        }
    }
}

using System;

namespace InterviewSignals.Cli;

internal static class Program
{
    private static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error, Console.In);
}

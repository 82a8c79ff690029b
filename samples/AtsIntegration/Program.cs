using AtsIntegration.Commands;

namespace AtsIntegration;

/// <summary>
/// The webhook receiver (<c>dotnet run -- --urls http://127.0.0.1:5090</c>), the demo (<c>dotnet run -- demo</c>: signed
/// example events from all three vendors to an in-process server, then the nudges), and the load check
/// (<c>dotnet run -c Release -- load</c>). It prompts recruiters to communicate; it never ranks or rejects anyone.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "demo":
                return await DemoCommand.RunAsync(Console.Out).ConfigureAwait(false);
            case "load":
                return await LoadCommand.RunAsync(args[1..], Console.Out).ConfigureAwait(false);
            default:
                await AtsService.Build(args).RunAsync().ConfigureAwait(false);
                return 0;
        }
    }
}

using BenchmarkDotNet.Running;

// Run everything:            dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- --filter '*'
// Keep it compiling in CI:   dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- --filter '*' --job Dry
// The real-data check:       dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- real-reviews PATH/reviews.csv [OUT.svg]
if (args.Length >= 2 && args[0] == "real-reviews")
{
    Console.Write(InterviewSignals.Benchmarks.Validation.RealReviewsCheck.Run(args[1], args.Length > 2 ? args[2] : "real-reviews.svg"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

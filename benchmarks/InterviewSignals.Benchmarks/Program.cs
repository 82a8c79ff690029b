using BenchmarkDotNet.Running;

// Run everything:            dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- --filter '*'
// Keep it compiling in CI:   dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- --filter '*' --job Dry
// The real-data check:       dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- real-reviews PATH/reviews.csv [OUT.svg]
// Fitting on real outcomes:   dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- fit-reviews PATH/reviews.csv PATH/zillow-ga.csv [docs/validation.md]
// The planner's simulation:  dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- planner-simulation [INTERVIEWS]
if (args.Length >= 2 && args[0] == "real-reviews")
{
    Console.Write(InterviewSignals.Benchmarks.Validation.RealReviewsCheck.Run(args[1], args.Length > 2 ? args[2] : "real-reviews.svg"));
    return;
}

// The reader against real text:  dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- reading-accuracy
if (args.Length >= 1 && args[0] == "reading-accuracy")
{
    Console.Write(InterviewSignals.Benchmarks.Validation.ReadingAccuracyReport.Run());
    return;
}

if (args.Length >= 3 && args[0] == "fit-reviews")
{
    Console.Write(InterviewSignals.Benchmarks.Validation.FitReviewsCheck.Run(args[1], args[2], args.Length > 3 ? args[3] : null));
    return;
}

if (args.Length >= 1 && args[0] == "planner-simulation")
{
    Console.Write(InterviewSignals.Benchmarks.Validation.PlannerSimulationReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

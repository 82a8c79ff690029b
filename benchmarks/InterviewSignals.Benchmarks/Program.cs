using BenchmarkDotNet.Running;

// Run everything:            dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- --filter '*'
// Keep it compiling in CI:   dotnet run -c Release --project benchmarks/InterviewSignals.Benchmarks -- --filter '*' --job Dry
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

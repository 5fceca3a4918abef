using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DeepTrack.Fluent.Benchmarks.ChainOverheadBenchmarks).Assembly).Run(args);

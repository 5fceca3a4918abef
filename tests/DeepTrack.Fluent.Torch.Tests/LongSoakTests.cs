using System.Diagnostics;
using DeepTrack.Fluent;
using Xunit.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// The long soak (minutes; run on demand, see <see cref="SoakFactAttribute"/>): fifty thousand steps of each optimiser on
/// each data source under constant garbage collection, and resident memory and live tensors over twenty thousand steps of
/// ordinary training on each data source. The figures go to the test output and to docs/training.md.
/// </summary>
[Collection(RunsAlone.Name)]
[Trait("Category", "Soak")]
public sealed class LongSoakTests(ITestOutputHelper output)
{
    /// <summary>Each line also goes to deeptrack-fluent-soak.txt in the temporary folder as it is written, to follow a long run.</summary>
    private void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "deeptrack-fluent-soak.txt"), line + Environment.NewLine);
    }

    /// <summary>
    /// The cause of the crashes, isolated: TorchSharp's <c>add_(other)</c>, which passes <c>add_(other, 1)</c> with the 1
    /// converted implicitly inside TorchSharp, fails within ten million calls while another thread collects garbage, and
    /// the same call with the Scalar held in a <c>using</c> declaration does not. (The conversion must happen in
    /// optimised code: a Debug build of the caller keeps its own temporaries alive to the end of the method.) If a
    /// TorchSharp release keeps its temporaries alive, the first half fails and tells that the workarounds may go.
    /// </summary>
    [SoakFact]
    public void A_scalar_converted_implicitly_inside_torchsharp_is_freed_while_libtorch_reads_it_and_a_held_one_is_not()
    {
        using var target = zeros(4);
        using var other = ones(4);
        using var pressure = new GarbageCollectionPressure();
        int implicitCalls = 0;
        var failure = Record.Exception(() =>
        {
            for (; implicitCalls < 10_000_000; implicitCalls++)
            {
                target.add_(other);
            }
        });
        Report($"implicit Scalar: {(failure is null ? "no error" : $"{failure.GetType().Name} after {implicitCalls:N0} calls: {failure.Message.Split('\n')[0]}")}");
        Assert.IsType<System.Runtime.InteropServices.ExternalException>(failure);

        for (int call = 0; call < 10_000_000; call++)
        {
            using var alpha = 1.0.ToScalar();
            target.add_(other, alpha);
        }

        Report($"held Scalar: 10,000,000 calls without an error ({pressure.Collections:N0} collections in all)");
    }

    [SoakFact]
    public void Fifty_thousand_steps_of_every_optimiser_on_every_data_source_survive_constant_garbage_collection()
    {
        foreach (var optimizer in Enum.GetValues<OptimizerKind>())
        {
            foreach (bool continuous in new[] { false, true })
            {
                var clock = Stopwatch.StartNew();
                var history = TrainingSoakTests.Soak(optimizer, continuous, 50_000, out long collections);
                Report($"{optimizer,-8} {(continuous ? "continuous generator" : "data loader"),-20} {history.Epochs.Sum(e => e.Steps),7} steps  {collections,9} collections  {clock.Elapsed.TotalSeconds,6:F0} s");
                Assert.Equal(50_000, history.Epochs.Sum(e => e.Steps));
            }
        }
    }

    [SoakFact]
    public void Twenty_thousand_steps_keep_resident_memory_and_live_tensors_flat_on_both_data_sources()
    {
        foreach (bool continuous in new[] { false, true })
        {
            var (readings, steps) = Memory(continuous, 20_000, every: 1_000);
            Report($"{(continuous ? "continuous generator" : "data loader")}: {steps} steps");
            Report("step     resident MB   live tensors");
            foreach (var (step, resident, tensors) in readings)
            {
                Report($"{step,6}   {resident / 1e6,11:F1}   {tensors,12}");
            }

            // After the first 2,000 steps (warm-up: allocator pools, JIT, the generator's buffer filling up) nothing grows.
            var warm = readings.First(r => r.Step >= 2_000);
            var later = readings.Where(r => r.Step > warm.Step).ToArray();
            double growth = (later.Max(r => r.Resident) - warm.Resident) / (double)warm.Resident;
            Report($"largest growth after step {warm.Step}: {100 * growth:F1} %");
            Assert.True(growth < 0.10, $"resident memory grew by {100 * growth:F1} % after warm-up");
            Assert.True(later.Max(r => r.Tensors) - warm.Tensors < 20, "live tensors grew");
        }
    }

    /// <summary>An MLP on 32×32 spots, batches of 16, readings of resident memory and live tensors every <paramref name="every"/> steps.</summary>
    private static (List<(int Step, long Resident, long Tensors)> Readings, int Steps) Memory(bool continuous, int steps, int every)
    {
        var spot = TestSpot.Random(32);
        var pipeline = spot.Build(23);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        using var generator = new ContinuousGenerator<NoInput, Image<double>>(pipeline, encoder, new ContinuousGeneratorOptions
        {
            MinSize = 512, MaxSize = 2048, BatchSize = 16, MaxEpochsPerSample = 4, ChunkSize = 64, MaxDegreeOfParallelism = 1,
        });
        ITrainingData data = continuous ? generator : new DataLoader(SampleSet.Generate(pipeline, encoder, 1024), 16, seed: 3);
        var readings = new List<(int, long, long)>();
        int done = 0;
        var history = new Trainer(new Mlp(32 * 32, [64], 2), new TrainerOptions
        {
            Epochs = steps / 32,
            StepsPerEpoch = 32,
            OnProgress = _ =>
            {
                if (++done % every == 0)
                {
                    using var process = Process.GetCurrentProcess();
                    readings.Add((done, process.WorkingSet64, Tensor.TotalCount));
                }
            },
        }).Fit(data);
        return (readings, history.Epochs.Sum(e => e.Steps));
    }
}

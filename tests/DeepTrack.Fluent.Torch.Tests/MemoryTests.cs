using System.Diagnostics;
using DeepTrack.Fluent;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>Memory stays flat over many steps. Runs alone: resident memory is the whole process's, which other tests would inflate.</summary>
[Collection(RunsAlone.Name)]
public sealed class MemoryTests
{
    /// <summary>
    /// 2,000 optimisation steps of a tiny MLP on 16 × 32×32 batches. Resident memory (VmRSS, through
    /// <see cref="Process.WorkingSet64"/>) is measured after 208 warm-up steps, then every 50 steps during the 2,000
    /// without forcing a garbage collection (tensors that escaped their scope would only be freed by finalizers, so
    /// they would pile up); the largest reading must exceed the first by less than 40 MB. Leaking each step's input
    /// batch alone (64 KiB) would add about 128 MB. The number of live tensors on this
    /// thread must not grow either (TorchSharp's dispose-scope statistics).
    /// </summary>
    [Fact]
    public void Two_thousand_training_steps_keep_resident_memory_flat()
    {
        manual_seed(8);
        var spot = TestSpot.Random(32);
        var training = SampleSet.Generate(spot.Build(5), SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i)), 256);
        var model = new Mlp(1024, [16], 2);
        var loader = new DataLoader(training, 16, seed: 8);
        new Trainer(model, new TrainerOptions { Epochs = 13 }).Fit(loader);
        long warm = ResidentBytes(collect: true);
        long peak = warm;
        long liveTensors = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        int steps = 0;

        var history = new Trainer(model, new TrainerOptions
        {
            Epochs = 125,
            OnProgress = _ =>
            {
                if (++steps % 50 == 0)
                {
                    peak = Math.Max(peak, ResidentBytes(collect: false));
                }
            },
        }).Fit(loader);

        Assert.Equal(2000, history.Epochs.Sum(e => e.Steps));
        Assert.True(DisposeScopeManager.Statistics.ThreadTotalLiveCount - liveTensors < 20,
            $"live tensors {liveTensors} → {DisposeScopeManager.Statistics.ThreadTotalLiveCount}: the steps leave tensors behind");
        double growthMb = (peak - warm) / 1e6;
        Assert.True(growthMb < 40, $"resident memory grew by {growthMb:F1} MB over 2,000 steps ({warm / 1e6:F0} → peak {peak / 1e6:F0} MB)");
    }

    private static long ResidentBytes(bool collect)
    {
        if (collect)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}

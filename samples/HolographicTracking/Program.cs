using System;
using System.IO;
using HolographicTracking;

// The DeepTrack 2.0 paper's 3-D multi-particle tracking (§IV.5): a U-Net turns an in-line hologram of polystyrene spheres
// into a volume with a small sphere per particle, from which x, y and z are read; then a movie is tracked in 3-D.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = TrackingCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine($"test: precision {result.Precision:F3}, recall {result.Recall:F3}");
    Console.WriteLine($"4–28 µm: median lateral error {result.MedianLateralError:F3} px refined ({result.MedianUnrefinedLateralError:F3} px from the U-Net alone), median |Δz| {result.MedianAxialError:F3} µm refined ({result.MedianUnrefinedAxialError:F3} µm from the U-Net alone) " +
        $"(whole range {result.MedianAxialErrorAll:F2} µm; answering the middle, 16 µm: {result.MiddleGuessAxialError:F2} µm)");
    Console.WriteLine($"mean Δz below 4 µm {result.EndBias[0]:+0.00;-0.00;0.00} µm, above 28 µm {result.EndBias[1]:+0.00;-0.00;0.00} µm");
    Console.WriteLine("   z (µm)   particles  matched  median lateral (px): refined  U-Net  median |Δz| (µm): refined  U-Net  mean Δz (µm)");
    foreach (var d in result.Depths)
    {
        Console.WriteLine($"{d.From,5:F0}–{d.To,-5:F0} {d.Particles,8} {d.Matched,8} {d.MedianLateralError,24:F2} {d.MedianUnrefinedLateralError,6:F2} {d.MedianAxialError,26:F2} {d.MedianUnrefinedAxialError,6:F2} {d.MeanAxialError,13:+0.00;-0.00;0.00}");
    }

    foreach (var t in result.Tracks)
    {
        Console.WriteLine($"movie particle {t.Particle}: track {t.Track}, found in {t.FramesFound}/{t.Truth.Count} frames, RMS lateral {t.RmsLateral:F2} px, RMS z {t.RmsAxial:F2} µm");
    }

    Console.WriteLine($"Trained the U-Net in {result.TrainingSeconds:F0} s and the refinement in {result.RefinementSeconds:F0} s; results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

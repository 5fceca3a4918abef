using System;
using System.IO;
using System.Linq;
using LodeStarSample;

// LodeSTAR (Midtvedt et al., Nat. Commun. 13, 7492, 2022): a network trained without labels on one crop of an emitter,
// next to radial center, the centroid, the supervised CNN of the DeepTrack 2.0 paper (§IV.2) and the Cramér–Rao bound,
// by SNR; then detection in frames of several densities.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = LodeStarCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine("SNR    LodeSTAR  radial center  centroid     CNN   Cramér–Rao   LodeSTAR / bound   (RMSE, pixels)   median: LodeSTAR  radial center   strongest cluster: RMSE  median");
    foreach (var r in result.Levels)
    {
        Console.WriteLine($"{r.Snr,-5} {r.LodeStar,9:F3} {r.RadialCenter,14:F3} {r.Centroid,9:F3} {r.Cnn,7:F3} {r.CramerRao,12:F3} {r.LodeStarOverBound,18:F2} {r.LodeStarMedian,27:F3} {r.RadialCenterMedian,14:F3} {r.LodeStarCluster,24:F3} {r.LodeStarClusterMedian,7:F3}");
    }

    Console.WriteLine();
    Console.WriteLine($"Detection at SNR {result.DetectionSnr} (64×64 frames, match radius {LodeStarCase.MatchRadius} px):");
    foreach (var d in result.Densities)
    {
        Console.WriteLine($"{d.Particles,3} emitters per frame: precision {d.Precision:F3}, recall {d.Recall:F3}, F1 {d.F1:F3}");
    }

    Console.WriteLine($"Total {result.TotalSeconds:F0} s (load average {result.LoadAverage:F2}); results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

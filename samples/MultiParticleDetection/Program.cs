using System;
using System.IO;
using System.Linq;
using MultiParticleDetection;

// The DeepTrack 2.0 paper's multi-particle detection (§IV.4): a U-Net trained on simulated fluorescent emitters on cells,
// next to a classical band-pass detector, over SNR and density.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = DetectionCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine("particles  SNR    U-Net precision/recall/F1    band-pass precision/recall/F1");
    foreach (var c in result.Conditions)
    {
        Console.WriteLine($"{c.Particles,9}  {c.Snr,-5}  {c.UNet.Precision,9:F3} {c.UNet.Recall,6:F3} {c.UNet.F1,6:F3}    {c.Classical.Precision,9:F3} {c.Classical.Recall,6:F3} {c.Classical.F1,6:F3}");
    }

    Console.WriteLine($"All conditions: U-Net F1 {result.UNetF1:F3}, band-pass F1 {result.ClassicalF1:F3} (the paper: the U-Net \"detects all obvious particles\").");
    Console.WriteLine($"Trained in {result.TrainingSeconds:F0} s; results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

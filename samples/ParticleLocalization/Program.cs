using System;
using System.IO;
using ParticleLocalization;

// The DeepTrack 2.0 paper's single-particle localisation (§IV.2, Fig. 8C): a CNN trained only on simulated brightfield
// images of one Mie sphere, compared with radial center and the centroid on the same test images.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = LocalizationCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine("SNR    CNN error (px)   first network alone (px)   radial center (px)   centroid (px)   (not found: radial center / centroid)");
    foreach (var row in result.BySnr)
    {
        Console.WriteLine($"{row.SignalToNoise,-6} {row.CnnError,14:F3}   {row.FirstNetworkError,24:F3}   {row.RadialCenterError,18:F3}   {row.CentroidError,13:F3}   {row.RadialCenterNotFound} / {row.CentroidNotFound}");
    }

    var low = result.BySnr[0];
    Console.WriteLine(low.CnnError < low.RadialCenterError
        ? $"At SNR {low.SignalToNoise} the CNN's error is {low.RadialCenterError / low.CnnError:F1}× lower than radial center's."
        : $"At SNR {low.SignalToNoise} the CNN did not beat radial center; train longer (--epochs, --full).");
    Console.WriteLine($"Trained in {result.TrainingSeconds:F0} s; results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

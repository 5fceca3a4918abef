using System;
using System.IO;
using ParticleCharacterization;

// The DeepTrack 2.0 paper's particle characterisation (§IV.3): radius and refractive index of spheres from the
// refocused complex field of off-axis holography, with coma of random strength.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = CharacterizationCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine($"test MAE: radius {result.RadiusMae:F1} nm (predicting the range's centre: {result.RadiusBaselineMae:F1} nm), " +
        $"index {result.IndexMae:F4} (centre: {result.IndexBaselineMae:F4})");
    Console.WriteLine("population          per-particle average radius (nm)     per-particle average index");
    foreach (var p in result.Populations)
    {
        Console.WriteLine($"{p.TrueRadius:F0} nm, n {p.TrueIndex}   {p.MeanRadius,10:F1} ± {p.RadiusSpread,-5:F1}                  {p.MeanIndex,8:F4} ± {p.IndexSpread:F4}");
    }

    var (small, large) = (result.Populations[0], result.Populations[1]);
    double separation = (large.MeanRadius - small.MeanRadius) / Math.Sqrt((small.RadiusSpread * small.RadiusSpread + large.RadiusSpread * large.RadiusSpread) / 2);
    Console.WriteLine($"The populations' radii are {separation:F1} pooled standard deviations apart (the paper: two clearly separated populations).");
    Console.WriteLine($"Trained in {result.TrainingSeconds:F0} s; results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

using System;
using System.IO;
using TrackingMovie;

// From a simulated movie to tracks, as with experimental data (see README.md): simulate, write a TIFF stack, train a
// detector, save it as a model bundle, apply it to the TIFF file, link, write tracks and pictures, and score it all.
return SampleHost.Run<Settings>(args, settings =>
{
    string folder = Path.Combine(Environment.CurrentDirectory, "output", "tracking-movie");
    var results = TrackingExperiment.Run(settings, folder, Console.Out);

    var d = results.Detection;
    Console.WriteLine();
    Console.WriteLine($"Detection: F1 {d.F1:F3} (precision {d.Precision:F3}, recall {d.Recall:F3}), RMS error {d.RmsErrorPx:F3} px over {d.TruePositives} matched");
    Console.WriteLine($"Linking: accuracy {results.LinkAccuracy:P1}, precision {results.LinkPrecision:P1}");
    Console.WriteLine($"D: {results.Diffusion.FromLinkedTracks:F4} px²/frame from the linked tracks, {results.Diffusion.FromTrueTracks:F4} from the true tracks, {results.Diffusion.Simulated:F4} simulated: error {results.Diffusion.RelativeError:P1}");
    Console.WriteLine($"{results.Seconds.Total:F0} s in all ({results.Seconds.ProcessCpu:F0} CPU seconds) on {results.Threads} cores; files in {folder}");
    return 0;
});

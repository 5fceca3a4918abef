using System;
using System.IO;
using System.Linq;
using Mnist;

// The DeepTrack 2.0 paper's MNIST case study (§IV.1): a dense net trained on augmented real digits.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = MnistCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine($"                           this run        paper (60k training digits, 1000 epochs)");
    Console.WriteLine($"test accuracy              {result.Accuracy,8:P2}        99.34 %");
    Console.WriteLine($"nearest-class-mean floor   {result.NearestMeanAccuracy,8:P2}");
    Console.WriteLine($"most frequent errors       {string.Join(", ", result.TopConfusions.Take(4).Select(c => $"{c.True}→{c.Predicted} ({c.Count})"))}        9→7, 4→9");
    Console.WriteLine($"Trained {result.Epochs} epochs on {result.TrainingDigits} digits in {result.TrainingSeconds:F0} s; results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

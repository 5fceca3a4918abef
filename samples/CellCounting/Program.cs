using System;
using System.IO;
using CellCounting;

// The DeepTrack 2.0 paper's cell counting (§IV.6): a U-Net trained on simulated crops of fluorescent nuclei outputs a
// density map whose integral is the count, next to a sum-of-pixels and a threshold + connected-components count.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = CountingCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine("image  true count   U-Net (error %)     sum of pixels (error %)   threshold + components (error %)");
    foreach (var c in result.Images)
    {
        Console.WriteLine($"{c.Index,5}  {c.True,10:F1}   {c.UNet,7:F1} ({c.UNetErrorPercent,+6:F1})   {c.PixelSum,7:F1} ({c.PixelSumErrorPercent,+6:F1})         {c.Threshold,7:F0} ({c.ThresholdErrorPercent,+6:F1})");
    }

    Console.WriteLine();
    Console.WriteLine("method                              mean |error| %   bias %   denser half   sparser half");
    foreach (var m in new[] { result.UNet, result.PixelSum, result.Threshold })
    {
        Console.WriteLine($"{m.Method,-34}  {m.MeanAbsoluteErrorPercent,14:F2}   {m.MeanErrorPercent,6:F2}   {m.DenseMeanAbsoluteErrorPercent,11:F2}   {m.SparseMeanAbsoluteErrorPercent,12:F2}");
    }

    Console.WriteLine($"Always answering the training crops' mean density: {result.MeanCountPredictorErrorPercent:F1} %. The paper: the U-Net counts \"within a few percent\".");
    Console.WriteLine($"Trained in {result.TrainingSeconds:F0} s; results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

using System;
using System.IO;
using CellImageGeneration;

// The DeepTrack 2.0 paper's image generation (§IV.7): a conditional GAN turns semantic masks of cells, membranes and
// mitochondria into TEM-like images, scored on unseen masks against the rendering of the same mask.
return SampleHost.Run<Settings>(args, settings =>
{
    var result = GenerationCase.Run(settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine($"L1 to the rendering of the same mask on {settings.TestImages} unseen masks (images in [−1, 1]):");
    Console.WriteLine($"  trained generator {result.L1:F4}; another rendering of the mask {result.RenderingL1:F4}; untrained {result.UntrainedL1:F4}; best constant {result.ConstantL1:F4}; class medians {result.ClassMedianL1:F4}");
    Console.WriteLine("class          pixels   mean gen/rend     std gen/rend    histogram intersection");
    foreach (var c in result.Classes)
    {
        Console.WriteLine($"{c.Name,-13} {c.Pixels,7}   {c.GeneratedMean,6:F3} {c.RenderedMean,6:F3}    {c.GeneratedStd,6:F3} {c.RenderedStd,6:F3}    {c.Intersection,5:F3}");
    }

    var trend = result.GeneratorLoss;
    Console.WriteLine($"Generator loss: lowest {trend.Lowest:F4} at epoch {trend.LowestEpoch}, last {trend.Final:F4}; slope over the last quarter {trend.LastQuarterSlope:+0.0000;-0.0000} per 100 epochs " +
        "(the paper: it rises late in training).");
    Console.WriteLine($"Trained in {result.TrainingSeconds:F0} s; results and figures in {Path.GetFullPath(settings.Output)}");
    return 0;
});

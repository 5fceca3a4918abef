using System.Collections.Generic;

namespace CellImageGeneration;

/// <summary>What a run measured, on unseen masks (images in [−1, 1]).</summary>
/// <param name="L1">Mean |generated − rendered| of the trained generator, the rendering being that of the same mask.</param>
/// <param name="RenderingL1">The same for a second rendering of each mask (new texture, cristae phases and noise): what a generator that draws images exactly as the rendering does would score.</param>
/// <param name="UntrainedL1">The same for the generator before training.</param>
/// <param name="ConstantL1">The same for the best constant image (the rendered pixels' median).</param>
/// <param name="ClassMedianL1">The same for each pixel painted with its class's median rendered intensity: the best a deterministic image of the mask does per class, up to texture, cristae and noise.</param>
/// <param name="Classes">Per-class intensity statistics and histograms of generated and rendered images.</param>
/// <param name="Epochs">The losses per epoch.</param>
/// <param name="GeneratorLoss">What the generator's loss did late in training.</param>
/// <param name="TrainingSeconds">Wall time of training.</param>
public sealed record GenerationResult(
    double L1, double RenderingL1, double UntrainedL1, double ConstantL1, double ClassMedianL1, IReadOnlyList<ClassScore> Classes,
    IReadOnlyList<EpochLosses> Epochs, GeneratorTrend GeneratorLoss, double TrainingSeconds);

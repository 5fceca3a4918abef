namespace DeepTrack.Fluent.Torch;

/// <summary>How <see cref="LodeStarTrainer"/> trains a <see cref="LodeStar"/> network on one crop.</summary>
public sealed record LodeStarOptions
{
    /// <summary>Optimisation steps (each on <see cref="Copies"/> transformed copies of the crop).</summary>
    public int Steps { get; init; } = 400;

    /// <summary>Transformed copies of the crop per step (at least 2: the between-image term compares them).</summary>
    public int Copies { get; init; } = 8;

    /// <summary>The Adam learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The largest shift of a copy in rows and in columns, in pixels (uniform in ±this).</summary>
    public double MaxTranslation { get; init; } = 2;

    /// <summary>Whether copies are rotated by a uniform angle in [−π, π).</summary>
    public bool Rotate { get; init; } = true;

    /// <summary>Whether half of the copies, drawn at random, are mirrored left to right before the rotation.</summary>
    public bool Flip { get; init; } = true;

    /// <summary>
    /// The standard deviation of fresh Gaussian noise added to every copy, in units of the crop's standard deviation
    /// (default 0.7): the crop's own noise pattern moves with the copies as the object does, and fresh noise keeps the
    /// network from taking that pattern for the object. With <see cref="MaxNoise"/> it is the lower end of a range.
    /// </summary>
    public double Noise { get; init; } = 0.7;

    /// <summary>
    /// The upper end of the noise range: each copy's standard deviation is drawn uniformly in [<see cref="Noise"/>, this]
    /// (null, the default: every copy gets <see cref="Noise"/>). A range up to several times the crop's own noise teaches
    /// the network images noisier than the crop, and makes the crop's noise pattern a weak cue next to the object.
    /// </summary>
    public double? MaxNoise { get; init; }

    /// <summary>
    /// The range of a factor drawn log-uniformly for every copy and multiplied into its normalised pixels (mean 0) before the
    /// noise is added (default (1, 1): none): dimmer and brighter copies, against the same fresh noise, teach the network
    /// objects fainter and brighter than the crop's. Both ends must be &gt; 0.
    /// </summary>
    public (double Low, double High) Contrast { get; init; } = (1, 1);

    /// <summary>
    /// The largest background offset, in units of the crop's standard deviation, added to every copy (uniform in ±this;
    /// default 0): images whose background differs from the crop's.
    /// </summary>
    public double MaxOffset { get; init; }

    /// <summary>The weight of the within-image term (how far each weighted vote is from its image's weighted mean) next to the between-image term (weight 1).</summary>
    public double WithinWeight { get; init; } = 0.1;

    /// <summary>Seeds the transforms drawn at each step.</summary>
    public ulong Seed { get; init; }
}

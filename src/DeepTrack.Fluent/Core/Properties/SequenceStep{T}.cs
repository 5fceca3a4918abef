namespace DeepTrack.Fluent;

/// <summary>What a sequential property's step function receives for frame <see cref="Frame"/> ≥ 1.</summary>
/// <typeparam name="T">The property's type.</typeparam>
/// <param name="Previous">The property's value in the previous frame.</param>
/// <param name="Frame">The frame being computed (1 … <see cref="Length"/> − 1).</param>
/// <param name="Length">The number of frames of the sequence.</param>
/// <param name="Random">A seeded stream for this frame (for random steps such as Brownian motion); valid during the call.</param>
public readonly record struct SequenceStep<T>(T Previous, int Frame, int Length, RandomStream Random);

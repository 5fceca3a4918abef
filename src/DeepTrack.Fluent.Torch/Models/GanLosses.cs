namespace DeepTrack.Fluent.Torch;

/// <summary>The losses of one <see cref="ConditionalGan.TrainStep"/>.</summary>
/// <param name="Generator">The generator's loss l_G.</param>
/// <param name="Discriminator">The discriminator's loss l_D.</param>
/// <param name="MeanAbsoluteError">The MAE between generated and real images (the reconstruction part of l_G, unweighted).</param>
public readonly record struct GanLosses(double Generator, double Discriminator, double MeanAbsoluteError);

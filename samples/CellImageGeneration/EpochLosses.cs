namespace CellImageGeneration;

/// <summary>The mean losses of one epoch.</summary>
/// <param name="Epoch">The epoch (from 1).</param>
/// <param name="Generator">The generator's loss l_G = 0.8·MAE + mean((1 − D(c, G(c)))²).</param>
/// <param name="Discriminator">The discriminator's loss l_D = mean(D(c, G(c))²) + mean((1 − D(c, y))²).</param>
/// <param name="MeanAbsoluteError">The MAE between generated and rendered training images.</param>
public sealed record EpochLosses(int Epoch, double Generator, double Discriminator, double MeanAbsoluteError);

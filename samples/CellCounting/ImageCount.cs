namespace CellCounting;

/// <summary>One test image's counts.</summary>
/// <param name="Index">The test image.</param>
/// <param name="True">The true count: the integral of the true density map (each nucleus 1; nuclei cut by the border count in part).</param>
/// <param name="UNet">The integral of the U-Net's density map.</param>
/// <param name="PixelSum">The sum-of-pixels baseline.</param>
/// <param name="Threshold">The threshold + connected-components baseline.</param>
public sealed record ImageCount(int Index, double True, double UNet, double PixelSum, double Threshold)
{
    /// <summary>The U-Net's error in percent of the true count.</summary>
    public double UNetErrorPercent => 100 * (UNet - True) / True;

    /// <summary>The sum-of-pixels baseline's error in percent.</summary>
    public double PixelSumErrorPercent => 100 * (PixelSum - True) / True;

    /// <summary>The threshold baseline's error in percent.</summary>
    public double ThresholdErrorPercent => 100 * (Threshold - True) / True;
}

using System;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Coordinates of a pupil grid in FFT order: for each grid point the frequency indices, the aperture, the
/// normalised radius ρ² (1 at the cut-off NA/λ) and the polar coordinates that aberrations use.
/// </summary>
internal sealed class PupilCoordinates
{
    public PupilCoordinates(int height, int width, double radiusRows, double radiusColumns)
    {
        Height = height;
        Width = width;
        RhoSquared = new double[height * width];
        Support = new bool[height * width];
        ZernikeRho = new double[height * width];
        Theta = new double[height * width];
        double maximum = 0;
        for (int row = 0; row < height; row++)
        {
            int fr = Frequency(row, height);
            for (int column = 0; column < width; column++)
            {
                int fc = Frequency(column, width);
                int i = row * width + column;
                double u = fr / radiusRows, v = fc / radiusColumns;
                RhoSquared[i] = u * u + v * v;
                Support[i] = RhoSquared[i] < 1;
                ZernikeRho[i] = Math.Sqrt((double)fr * fr + (double)fc * fc);
                Theta[i] = Math.Atan2(fr, fc);
                if (Support[i])
                {
                    ApertureCount++;
                    maximum = Math.Max(maximum, ZernikeRho[i]);
                }
            }
        }

        RimRadius = maximum;
        for (int i = 0; i < ZernikeRho.Length; i++)
        {
            ZernikeRho[i] = maximum > 0 ? ZernikeRho[i] / maximum : 0;
        }
    }

    public int Height { get; }

    public int Width { get; }

    /// <summary>(f_row / R_row)² + (f_column / R_column)², with R the cut-off in frequency indices.</summary>
    public double[] RhoSquared { get; }

    /// <summary>Inside the aperture: ρ² &lt; 1.</summary>
    public bool[] Support { get; }

    /// <summary>The number of grid points inside the aperture.</summary>
    public int ApertureCount { get; }

    /// <summary>The radius in frequency indices divided by its largest value inside the aperture (1 at the rim).</summary>
    public double[] ZernikeRho { get; }

    /// <summary>The largest radius, in frequency indices, inside the aperture.</summary>
    public double RimRadius { get; }

    /// <summary>atan2(row frequency, column frequency).</summary>
    public double[] Theta { get; }

    /// <summary>The memory of the coordinate arrays, in bytes.</summary>
    public long Bytes => RhoSquared.Length * (8L + 1 + 8 + 8);

    /// <summary>The signed frequency index of FFT index <paramref name="index"/> on an axis of <paramref name="size"/> points.</summary>
    /// <param name="index">The FFT index.</param>
    /// <param name="size">The axis length.</param>
    /// <returns>index for the first half, index − size for the second.</returns>
    public static int Frequency(int index, int size) => index < (size + 1) / 2 ? index : index - size;
}

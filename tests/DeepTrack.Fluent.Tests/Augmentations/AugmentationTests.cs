using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests.Augmentations;

public class AugmentationTests
{
    private static Image<double> Run(Image<double> image, Feature<Image<double>, Image<double>> feature)
        => (Feature.Constant(image) >> feature).Build().Resolve();

    private static Image<double> Counting(int height, int width)
        => Image<double>.FromArray(Enumerable.Range(1, height * width).Select(i => (double)i).ToArray(), height, width);

    private static double Distance(PixelPosition a, PixelPosition b) => Math.Sqrt(Math.Pow(a.Row - b.Row, 2) + Math.Pow(a.Column - b.Column, 2));

    private static Dot RoundedDot(double low, double high)
        => new Dot().WithPosition(Distribution.UniformPosition(low, high, low, high).Select(p => new PixelPosition(Math.Round(p.Row), Math.Round(p.Column))));

    [Fact]
    public void Flips_move_pixels_and_positions()
    {
        var image = Counting(2, 3);
        Assert.Equal([4, 5, 6, 1, 2, 3], Run(image, new FlipUpDown<double>()).AsReadOnlySpan().ToArray());
        var transposed = Run(image, new FlipDiagonal<double>());
        Assert.Equal((3, 2), (transposed.Height, transposed.Width));
        Assert.Equal([1, 4, 2, 5, 3, 6], transposed.AsReadOnlySpan().ToArray());
        Assert.Equal(image.AsReadOnlySpan().ToArray(), Run(image, new FlipLeftRight<double>().WithFlip(false)).AsReadOnlySpan().ToArray());

        var dot = new Dot().WithPosition(new PixelPosition(3, 4));
        var upDown = (dot >> new SumImages() >> new FlipUpDown<double>()).Build().Resolve();
        Assert.Equal(new PixelPosition(Scatterer.Size - 1 - 3, 4), upDown.Get(dot, d => d.Position).Single());
        Assert.Equal(ImageProbes.Brightest(upDown), upDown.Get(dot, d => d.Position).Single());
        var diagonal = (dot >> new SumImages() >> new FlipDiagonal<double>()).Build().Resolve();
        Assert.Equal(new PixelPosition(4, 3), diagonal.Get(dot, d => d.Position).Single());
        Assert.Equal(ImageProbes.Brightest(diagonal), new PixelPosition(4, 3));
    }

    [Fact]
    public void Random_flips_are_recorded_and_positions_follow()
    {
        var dot = RoundedDot(2, 13);
        var flip = new FlipLeftRight<double>().WithFlip(Distribution.Bernoulli(0.5));
        var pipeline = (dot >> new SumImages() >> flip).Build(seed: 5);
        var outcomes = new HashSet<bool>();
        foreach (var image in pipeline.Generate(30))
        {
            bool flipped = image.Get(flip, f => f.Flip).Single();
            outcomes.Add(flipped);
            var original = image.Truth.GetUnmapped(dot, d => d.Position).Single();
            var expected = flipped ? new PixelPosition(original.Row, Scatterer.Size - 1 - original.Column) : original;
            Assert.Equal(expected, image.Get(dot, d => d.Position).Single());
            Assert.Equal(expected, ImageProbes.Brightest(image));
        }

        Assert.Equal(2, outcomes.Count);
    }

    [Fact]
    public void Pad_fills_by_mode_and_shifts_positions()
    {
        var image = Image<double>.FromArray([1, 2, 3, 4], 2, 2);
        var padded = Run(image, new Pad<double>().WithTop(1).WithLeft(2).WithRight(1).WithFillValue(9));
        Assert.Equal((3, 5), (padded.Height, padded.Width));
        Assert.Equal([9, 9, 9, 9, 9, 9, 9, 1, 2, 9, 9, 9, 3, 4, 9], padded.AsReadOnlySpan().ToArray());
        var reflected = Run(image, new Pad<double>().WithLeft(2).WithBottom(1).WithMode(BorderMode.Reflect));
        Assert.Equal([2, 1, 1, 2, 4, 3, 3, 4, 4, 3, 3, 4], reflected.AsReadOnlySpan().ToArray());

        var dot = new Dot().WithPosition(new PixelPosition(3, 4));
        var shifted = (dot >> new SumImages() >> new Pad<double>().WithTop(2).WithLeft(5)).Build().Resolve();
        Assert.Equal(new PixelPosition(5, 9), shifted.Get(dot, d => d.Position).Single());
        Assert.Equal(ImageProbes.Brightest(shifted), new PixelPosition(5, 9));
    }

    [Fact]
    public void CropToMultiplesOf_keeps_the_aligned_window()
    {
        var image = Counting(7, 10);
        var cropped = Run(image, new CropToMultiplesOf<double>().WithMultiple(4).WithVerticalAlignment(0.5).WithHorizontalAlignment(0.5));
        Assert.Equal((4, 8), (cropped.Height, cropped.Width));
        for (int row = 0; row < 4; row++)
        {
            for (int column = 0; column < 8; column++)
            {
                Assert.Equal(image[row + 1, column + 1], cropped[row, column]);
            }
        }

        var bottomRight = Run(image, new CropToMultiplesOf<double>().WithMultiple(4).WithVerticalAlignment(1).WithHorizontalAlignment(1));
        Assert.Equal(image[3, 2], bottomRight[0, 0]);

        var dot = new Dot().WithPosition(new PixelPosition(6, 7));
        var shifted = (dot >> new SumImages() >> new Crop<double>().WithHeight(15).WithWidth(15) >> new CropToMultiplesOf<double>().WithMultiple(4).WithVerticalAlignment(1).WithHorizontalAlignment(0.5)).Build().Resolve();
        Assert.Equal(new PixelPosition(3, 6), shifted.Get(dot, d => d.Position).Single());
        Assert.Equal(ImageProbes.Brightest(shifted), new PixelPosition(3, 6));
    }

    [Fact]
    public void Affine_rotation_by_a_quarter_turn_is_counter_clockwise()
    {
        var image = Counting(5, 5);
        foreach (var interpolation in new[] { Interpolation.Nearest, Interpolation.Linear })
        {
            var rotated = Run(image, new Affine<double>().WithRotation(Math.PI / 2).WithInterpolation(interpolation));
            for (int row = 0; row < 5; row++)
            {
                for (int column = 0; column < 5; column++)
                {
                    Assert.Equal(image[column, 4 - row], rotated[row, column], 9);
                }
            }
        }
    }

    [Fact]
    public void Affine_translates_scales_and_shears_as_documented()
    {
        var image = Counting(6, 7);
        var moved = Run(image, new Affine<double>().WithTranslateRows(2).WithTranslateColumns(-3).WithFillValue(-1));
        for (int row = 0; row < 6; row++)
        {
            for (int column = 0; column < 7; column++)
            {
                bool inside = row - 2 >= 0 && column + 3 < 7;
                Assert.Equal(inside ? image[row - 2, column + 3] : -1, moved[row, column], 12);
            }
        }

        var ramp = Image<double>.FromArray(Enumerable.Range(0, 81).Select(i => (double)(i / 9) + 10 * (i % 9)).ToArray(), 9, 9);
        var zoomed = Run(ramp, new Affine<double>().WithScale(2));
        var sheared = Run(ramp, new Affine<double>().WithShear(Math.Atan(0.5)));
        for (int row = 2; row <= 6; row++)
        {
            for (int column = 2; column <= 6; column++)
            {
                double sourceRow = 4 + (row - 4) / 2.0, sourceColumn = 4 + (column - 4) / 2.0;
                Assert.Equal(sourceRow + 10 * sourceColumn, zoomed[row, column], 9);
                double shearedColumn = column - 0.5 * (row - 4);
                if (shearedColumn >= 0 && shearedColumn <= 8)
                {
                    Assert.Equal(row + 10 * shearedColumn, sheared[row, column], 9);
                }
            }
        }

        Assert.Throws<PropertyValueException>(() => Run(image, new Affine<double>().WithScale(0)));
    }

    [Fact]
    public void Affine_gives_image_and_mask_the_same_transform_and_positions_follow()
    {
        var dot = RoundedDot(4, 11);
        var affine = new Affine<double>()
            .WithRotation(Distribution.Uniform(-Math.PI, Math.PI))
            .WithScale(Distribution.Uniform(0.8, 1.2))
            .WithTranslateRows(Distribution.Uniform(-1, 1))
            .WithInterpolation(Interpolation.Linear);
        var pipeline = ((dot >> new SumImages() >> affine) & (dot >> new MaskImages() >> affine)).Build(seed: 11);
        var rotations = new HashSet<double>();
        for (int sample = 0; sample < 20; sample++)
        {
            var (image, mask) = pipeline.Resolve();
            Assert.Equal(image.AsReadOnlySpan().ToArray(), mask.AsReadOnlySpan().ToArray());
            var resolved = image.Get(affine, a => a).Single();
            Assert.Equal(resolved.Rotation, mask.Get(affine, a => a.Rotation).Single());
            rotations.Add(resolved.Rotation);

            var original = image.Truth.GetUnmapped(dot, d => d.Position).Single();
            double dr = resolved.Scale * (original.Row - 7.5), dc = resolved.Scale * (original.Column - 7.5);
            var expected = new PixelPosition(
                7.5 + Math.Cos(resolved.Rotation) * dr - Math.Sin(resolved.Rotation) * dc + resolved.TranslateRows,
                7.5 + Math.Sin(resolved.Rotation) * dr + Math.Cos(resolved.Rotation) * dc);
            var position = image.Get(dot, d => d.Position).Single();
            Assert.Equal(expected.Row, position.Row, 10);
            Assert.Equal(expected.Column, position.Column, 10);
            Assert.Equal(position, mask.Get(dot, d => d.Position).Single());
            if (resolved.Scale >= 1)
            {
                Assert.True(Distance(ImageProbes.Brightest(image), position) <= 0.75 + 1e-9, $"{ImageProbes.Brightest(image)} vs {position}");
            }

            pipeline.Update();
        }

        Assert.Equal(20, rotations.Count);
    }

    [Fact]
    public void Elastic_warp_is_shared_by_image_and_mask_and_maps_positions_through_the_inverse_field()
    {
        var ramps = new Image<double>(Scatterer.Size, Scatterer.Size, 2);
        for (int row = 0; row < Scatterer.Size; row++)
        {
            for (int column = 0; column < Scatterer.Size; column++)
            {
                ramps[row, column, 0] = row;
                ramps[row, column, 1] = column;
            }
        }

        var dot = RoundedDot(5, 10);
        var elastic = new ElasticTransformation<double>().WithAlpha(10).WithSigma(3);
        var pipeline = ((dot >> new SumImages() >> elastic) & (dot >> new MaskImages() >> elastic) & (Feature.Lambda<IReadOnlyList<Image<double>>, Image<double>>(_ => ramps) >> elastic)).Build(seed: 4);
        double largest = 0;
        for (int sample = 0; sample < 10; sample++)
        {
            var (image, mask, warpedRamps) = pipeline.Resolve();
            Assert.Equal(image.AsReadOnlySpan().ToArray(), mask.AsReadOnlySpan().ToArray());
            var original = image.Truth.GetUnmapped(dot, d => d.Position).Single();
            var position = image.Get(dot, d => d.Position).Single();
            Assert.Equal(position, mask.Get(dot, d => d.Position).Single());

            int r0 = (int)Math.Floor(position.Row), c0 = (int)Math.Floor(position.Column);
            double fr = position.Row - r0, fc = position.Column - c0;
            double Read(int z) => (1 - fr) * ((1 - fc) * warpedRamps[r0, c0, z] + fc * warpedRamps[r0, c0 + 1, z])
                + fr * ((1 - fc) * warpedRamps[r0 + 1, c0, z] + fc * warpedRamps[r0 + 1, c0 + 1, z]);
            Assert.Equal(original.Row, Read(0), 8);
            Assert.Equal(original.Column, Read(1), 8);
            Assert.True(Distance(ImageProbes.Brightest(image), position) <= 1, $"{ImageProbes.Brightest(image)} vs {position}");
            largest = Math.Max(largest, Distance(original, position));
            pipeline.Update();
        }

        Assert.True(largest > 0.3, $"largest displacement {largest}");
        var still = Run(Counting(6, 6), new ElasticTransformation<double>().WithAlpha(0));
        Assert.Equal(Counting(6, 6).AsReadOnlySpan().ToArray(), still.AsReadOnlySpan().ToArray());
    }
}

using DeepTrack.Fluent.Noise;

namespace DeepTrack.Fluent.Tests.Noise;

public class UnevenIlluminationTests
{
    private static Image<double> Field(UnevenIllumination illumination, ulong seed, double value = 1, int height = 64, int width = 80)
    {
        var input = new Image<double>(height, width);
        input.AsWritableSpan().Fill(value);
        return (Feature.Constant(input) >> illumination).Build(seed).Resolve();
    }

    [Fact]
    public void Zero_strength_leaves_the_image_unchanged()
        => Assert.All(Field(new UnevenIllumination().WithStrength(0), seed: 3).AsReadOnlySpan().ToArray(), v => Assert.Equal(1, v));

    [Fact]
    public void The_field_stays_within_one_plus_minus_the_strength_and_varies_slowly()
    {
        const double strength = 0.4, scale = 50;
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var field = Field(new UnevenIllumination().WithStrength(strength).WithScale(scale), seed);
            var values = field.AsReadOnlySpan().ToArray();
            Assert.All(values, v => Assert.InRange(v, 1 - strength - 1e-12, 1 + strength + 1e-12));
            Assert.True(values.Max() - values.Min() > 0.05, $"seed {seed}: the field must vary ({values.Min()}–{values.Max()})");
            // |∇f| ≤ 2πS/L per pixel along either axis.
            for (int row = 0; row < field.Height; row++)
            {
                for (int column = 1; column < field.Width; column++)
                {
                    Assert.True(Math.Abs(field[row, column] - field[row, column - 1]) <= 2 * Math.PI * strength / scale + 1e-12);
                }
            }
        }
    }

    [Fact]
    public void It_multiplies_the_image_and_is_seeded()
    {
        var illumination = new UnevenIllumination().WithStrength(0.5).WithScale(30);
        var once = Field(illumination, seed: 8, value: 1).AsReadOnlySpan().ToArray();
        var thrice = Field(illumination, seed: 8, value: 3).AsReadOnlySpan().ToArray();
        for (int i = 0; i < once.Length; i++)
        {
            Assert.Equal(3 * once[i], thrice[i], 12);
        }

        Assert.NotEqual(once, Field(illumination, seed: 9).AsReadOnlySpan().ToArray());
    }
}

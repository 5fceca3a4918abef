using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Tests.Analysis;

public class ConnectedComponentsTests
{
    private static Image<double> Disks(int size, params (double Row, double Column, double Radius)[] disks)
    {
        var image = new Image<double>(size, size);
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                foreach (var (r, c, radius) in disks)
                {
                    if ((row - r) * (row - r) + (column - c) * (column - c) <= radius * radius)
                    {
                        image[row, column] += 1;
                    }
                }
            }
        }

        return image;
    }

    [Fact]
    public void Separate_disks_are_counted_with_their_areas_and_centres()
    {
        var image = Disks(64, (15, 15, 5), (40, 20, 6), (30, 50, 4));
        var found = ConnectedComponents.Find(image, 0.5);
        Assert.Equal(3, found.Count);
        // Ordered by first pixel: the disks starting at rows 10, 26 and 34. A digital disk of radius r at an integer
        // centre has the Gauss circle number N(r) of pixels: N(5) = 81, N(4) = 49, N(6) = 113.
        Assert.Equal([81, 49, 113], found.Select(c => c.Area).ToArray());
        Assert.Equal(15, found[0].Row, 9);
        Assert.Equal(50, found[1].Column, 9);
        Assert.Equal(40, found[2].Row, 9);
    }

    [Fact]
    public void Touching_disks_merge_into_one_component_and_small_ones_are_dropped()
    {
        // Two disks whose edges overlap are one component: the undercount that a density map avoids.
        var image = Disks(64, (30, 20, 6), (30, 31, 6), (10, 50, 1));
        Assert.Equal(3 - 1, ConnectedComponents.Count(image, 0.5));
        Assert.Equal(1, ConnectedComponents.Count(image, 0.5, minimumArea: 6));
        Assert.Equal(0, ConnectedComponents.Count(image, 2.5));
    }

    [Fact]
    public void Diagonal_neighbours_are_connected()
    {
        var image = new Image<double>(4, 4);
        image[0, 0] = 1;
        image[1, 1] = 1;
        image[3, 3] = 1;
        Assert.Equal([2, 1], ConnectedComponents.Find(image, 0).Select(c => c.Area).ToArray());
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConnectedComponents.Find(new Image<double>(4, 4), 0, minimumArea: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConnectedComponents.Find(new Image<double>(4, 4), double.NaN));
        Assert.Throws<ArgumentException>(() => ConnectedComponents.Find(new Image<double>(4, 4, 2), 0));
    }
}

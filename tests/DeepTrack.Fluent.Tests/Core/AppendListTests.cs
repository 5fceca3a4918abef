using System.Threading.Tasks;

namespace DeepTrack.Fluent.Tests;

/// <summary>
/// The lists that appending features build share storage but behave as independent immutable lists: random
/// sequences of appends, forks (two appends to the same list) and appends from several threads at once give the
/// same items as copying arrays would.
/// </summary>
public class AppendListTests
{
    [Fact]
    public void RandomAppendsAndForksEqualCopiedArrays()
    {
        var random = new Random(3);
        var lists = new List<(IReadOnlyList<int> List, int[] Expected)> { (Array.Empty<int>(), []) };
        for (int step = 0; step < 5000; step++)
        {
            // Mostly extend the newest list (in place), sometimes fork an older one (a copy).
            var (list, expected) = random.Next(4) == 0 ? lists[random.Next(lists.Count)] : lists[^1];
            int item = random.Next();
            lists.Add((AppendList<int>.Append(list, item), [.. expected, item]));
        }

        foreach (var (list, expected) in lists)
        {
            Assert.Equal(expected.Length, list.Count);
            Assert.Equal(expected, list);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], list[i]);
            }
        }
    }

    [Fact]
    public void AppendsToOneListFromManyThreadsKeepEveryResultIntact()
    {
        IReadOnlyList<int> start = Array.Empty<int>();
        for (int i = 0; i < 10; i++)
        {
            start = AppendList<int>.Append(start, i);
        }

        var results = new IReadOnlyList<int>[64];
        Parallel.For(0, results.Length, k => results[k] = AppendList<int>.Append(start, 1000 + k));

        Assert.Equal(Enumerable.Range(0, 10), start);
        for (int k = 0; k < results.Length; k++)
        {
            Assert.Equal(Enumerable.Range(0, 10).Append(1000 + k), results[k]);
        }
    }

    [Fact]
    public void ReadingPastTheEndNamesTheCount()
    {
        var list = AppendList<string>.Append(Array.Empty<string>(), "a");

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Contains("1 items", exception.Message);
    }
}

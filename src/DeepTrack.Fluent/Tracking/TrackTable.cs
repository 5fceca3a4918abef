using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Tracking;

/// <summary>
/// Detections with the id of the track each belongs to: trackpy's linked table (<c>frame</c>, <c>particle</c>,
/// <c>x</c>, <c>y</c> and the properties). Rows keep the order of <see cref="Detections"/>.
/// </summary>
public sealed class TrackTable : IReadOnlyList<TrackedDetection>
{
    private readonly int[] particles;
    private readonly Track[] tracks;

    /// <summary>Creates a table from detections and the track id of each.</summary>
    /// <param name="detections">The detections.</param>
    /// <param name="particles">One track id (≥ 0) per detection, in table order; a track has at most one detection per frame.</param>
    public TrackTable(DetectionTable detections, IReadOnlyList<int> particles)
    {
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentNullException.ThrowIfNull(particles);
        if (particles.Count != detections.Count)
        {
            throw new ArgumentException($"{particles.Count} track ids were given for {detections.Count} detections.", nameof(particles));
        }

        Detections = detections;
        this.particles = [.. particles];
        var byParticle = new SortedDictionary<int, List<Detection>>();
        for (int i = 0; i < this.particles.Length; i++)
        {
            int particle = this.particles[i];
            if (particle < 0)
            {
                throw new ArgumentException($"Track ids must be ≥ 0; detection {i} ({detections[i]}) has {particle}.", nameof(particles));
            }

            if (!byParticle.TryGetValue(particle, out var list))
            {
                byParticle[particle] = list = [];
            }
            else if (list[^1].Frame == detections[i].Frame)
            {
                throw new ArgumentException($"Track {particle} has two detections in frame {detections[i].Frame}.", nameof(particles));
            }

            list.Add(detections[i]);
        }

        tracks = [.. byParticle.Select(pair => new Track(pair.Key, [.. pair.Value]))];
    }

    /// <summary>The detections.</summary>
    public DetectionTable Detections { get; }

    /// <summary>A table from detections paired with their track ids, in any order (rows are sorted by frame together).</summary>
    /// <param name="rows">The detections and their track ids.</param>
    /// <param name="positionUnit">The unit of positions.</param>
    /// <param name="propertyUnits">The unit of each property column.</param>
    /// <returns>The table.</returns>
    public static TrackTable FromRows(IEnumerable<TrackedDetection> rows, string positionUnit = DetectionTable.Pixels, IReadOnlyDictionary<string, string>? propertyUnits = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        TrackedDetection[] sorted = [.. rows.OrderBy(r => r.Detection?.Frame ?? 0)];
        return new TrackTable(new DetectionTable(sorted.Select(r => r.Detection), positionUnit, propertyUnits), [.. sorted.Select(r => r.Particle)]);
    }

    /// <summary>The tracks, by ascending id.</summary>
    public IReadOnlyList<Track> Tracks => tracks;

    /// <summary>The unit of positions.</summary>
    public string PositionUnit => Detections.PositionUnit;

    /// <inheritdoc />
    public int Count => particles.Length;

    /// <inheritdoc />
    public TrackedDetection this[int index] => new(Detections[index], particles[index]);

    /// <summary>The track id of every row, in table order.</summary>
    public IReadOnlyList<int> Particles => particles;

    /// <summary>Only the tracks with at least <paramref name="minimumLength"/> detections (trackpy's <c>filter_stubs</c>); ids are kept.</summary>
    /// <param name="minimumLength">The shortest track kept (≥ 1).</param>
    /// <returns>The filtered table.</returns>
    public TrackTable WithoutStubs(int minimumLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumLength, 1);
        var kept = tracks.Where(t => t.Count >= minimumLength).Select(t => t.Particle).ToHashSet();
        var rows = Enumerable.Range(0, Count).Where(i => kept.Contains(particles[i])).ToArray();
        var table = new DetectionTable(rows.Select(i => Detections[i]), Detections.PositionUnit, Detections.PropertyUnits);
        return new TrackTable(table, [.. rows.Select(i => particles[i])]);
    }

    /// <inheritdoc />
    public IEnumerator<TrackedDetection> GetEnumerator()
    {
        for (int i = 0; i < particles.Length; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"TrackTable[{Count} detections in {tracks.Length} tracks; positions in {PositionUnit}]";
}

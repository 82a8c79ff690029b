using System;
using System.Collections.Generic;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Each case's fold: offers and no offers are dealt round the folds separately, in an order shuffled from the seed, so
/// that every fold has its share of both. Keeps each fold's cases and each fold's training cases (the others) as lists.
/// </summary>
internal sealed class FoldAssignment
{
    private readonly int[][] _members;
    private readonly int[][] _training;
    private readonly int[] _all;

    public FoldAssignment(bool[] offer, int count, int folds, int seed)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        for (var i = count - 1; i > 0; i--)
        {
            var k = random.Next(i + 1);
            (order[i], order[k]) = (order[k], order[i]);
        }

        Of = new int[count];
        int offers = 0, none = 0;
        foreach (var c in order)
        {
            Of[c] = offer[c] ? offers++ % folds : none++ % folds;
        }

        var members = new List<int>[folds];
        var training = new List<int>[folds];
        for (var f = 0; f < folds; f++)
        {
            (members[f], training[f]) = (new List<int>(), new List<int>());
        }

        _all = new int[count];
        for (var c = 0; c < count; c++)
        {
            _all[c] = c;
            members[Of[c]].Add(c);
            for (var f = 0; f < folds; f++)
            {
                if (f != Of[c])
                {
                    training[f].Add(c);
                }
            }
        }

        _members = Array.ConvertAll(members, m => m.ToArray());
        _training = Array.ConvertAll(training, t => t.ToArray());
    }

    /// <summary>Gets the number of folds.</summary>
    public int Count => _members.Length;

    /// <summary>Gets each case's fold.</summary>
    public int[] Of { get; }

    public int[] Members(int fold) => _members[fold];

    /// <summary>The cases outside a fold, in order; every case for -1.</summary>
    public int[] Training(int heldOut) => heldOut < 0 ? _all : _training[heldOut];
}

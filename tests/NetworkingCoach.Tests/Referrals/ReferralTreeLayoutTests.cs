using NetworkingCoach.Referrals;

namespace NetworkingCoach.Tests.Referrals;

public class ReferralTreeLayoutTests
{
    private static ReferralTreeLayout.Link L(int from, int to) => new(from, to);

    [Fact]
    public void Parents_sit_centred_over_their_children_and_second_referrers_do_not_move_a_person()
    {
        var placements = ReferralTreeLayout.Layout([1, 2, 3, 4, 5], [L(1, 2), L(1, 3), L(2, 4), L(5, 4)]).ToDictionary(p => p.ContactId);

        Assert.Equal((0, 0.5), (placements[1].Layer, placements[1].Slot));
        Assert.Equal((1, 0.0, (int?)1), (placements[2].Layer, placements[2].Slot, placements[2].ParentId));
        Assert.Equal((1, 1.0), (placements[3].Layer, placements[3].Slot));
        Assert.Equal((2, 0.0, (int?)2), (placements[4].Layer, placements[4].Slot, placements[4].ParentId));
        Assert.Equal((0, 2.0), (placements[5].Layer, placements[5].Slot));
    }

    [Fact]
    public void A_circle_of_introductions_still_places_everyone_once()
    {
        var placements = ReferralTreeLayout.Layout([7, 8, 9], [L(7, 8), L(8, 9), L(9, 7)]);

        Assert.Equal([7, 8, 9], placements.Select(p => p.ContactId).Order());
        Assert.Equal([0, 1, 2], placements.OrderBy(p => p.ContactId).Select(p => p.Layer));
    }
}

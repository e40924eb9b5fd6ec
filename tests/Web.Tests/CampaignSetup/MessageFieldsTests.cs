using Outreach.Campaigns.Subscribers;
using Outreach.Web.CampaignSetup;

namespace Outreach.Web.Tests.CampaignSetup;

public sealed class MessageFieldsTests
{
    [Fact]
    public void A_template_is_filled_from_the_subscriber_card_and_unknown_fields_are_reported()
    {
        var subscriber = new Subscriber { Phone = "+12125550101", FirstName = "Ann", Tariff = "Smart", Balance = 12.5m, BirthDate = new DateOnly(1990, 6, 1) };
        var rendered = MessageFields.Render("Hi {first_name} ({age}), {tariff} leaves {balance}; {nickname}", subscriber, new DateOnly(2027, 3, 1));
        Assert.Equal("Hi Ann (36), Smart leaves 12.50; {nickname}", rendered.Text);
        Assert.Equal(["nickname"], rendered.UnknownFields);
        Assert.Equal(["nickname"], MessageFields.Unknown("{first_name} {nickname} {nickname}"));
    }
}

package org.wirewatch.bench.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** English templates (written for Wirewatch). */
final class EnglishPack implements LanguagePack {
    private static final PageWords PAGE = new PageWords(
            List.of("ua en ru", "UA | EN | RU", "Українська English Русский"),
            List.of("Politics", "World", "Europe", "News"),
            "Photo", "By",
            List.of("Follow us on social networks", "Share this article", "Subscribe to our Telegram channel"),
            "Read more: ", "Latest news", "More news", "k",
            List.of("Anna Reyes", "Tom Walsh", "Rita Hale", "Daniel Brook", "Maria Lind", "Peter Grant"),
            List.of("Northbridge Wire", "Harbor Daily", "Meridian Post"));

    @Override
    public String code() {
        return "en";
    }

    @Override
    public List<String> titles(EventKind kind) {
        return switch (kind) {
            case STRIKE -> List.of(
                    "{n} drones hit {city} overnight, {k} people killed",
                    "Night attack on {city}: {k} dead, port warehouse on fire",
                    "{^a} says air defences downed {nd} of {n} drones over {city}");
            case MEETING -> List.of(
                    "{^a} and {b} meet {in} to discuss {topic}",
                    "Talks {in}: {a} and {b} agree to keep working on {topic}",
                    "{^a} and {b} hold talks {in}, promise concrete steps on {topic}");
            case AID -> List.of(
                    "{^a} announces ${m} million aid package for Ukraine",
                    "New ${m} million pledge: {a} says help will arrive within weeks",
                    "{^a} pledges ${m} million for Ukraine after talks {in}");
            case STATEMENT -> List.of(
                    "{^a} warns that {topic} cannot wait",
                    "{^a}: no deal on {topic} without Ukraine",
                    "{^a} responds to criticism on {topic}");
        };
    }

    @Override
    public List<String> leads(EventKind kind) {
        return switch (kind) {
            case STRIKE -> List.of(
                    "{CITY}, {date} ({agency}) - Russian forces attacked {city} overnight with {n} attack drones, killing {k} people and wounding {w}, {A} said {on_day}.",
                    "{k} people were killed and {w} wounded when {n} drones struck {city} overnight, {A} told reporters {on_day}, adding that a grain warehouse in the port had burned down.");
            case MEETING -> List.of(
                    "{CITY}, {date} ({agency}) - {^A} and {B} met {in} {on_day} to discuss {topic}, their first meeting since the start of the year.",
                    "{^A} and {B} held talks {in} {on_day}, focusing on {topic} and on the next round of negotiations planned for the spring.");
            case AID -> List.of(
                    "{CITY}, {date} ({agency}) - {^A} announced {on_day} a new aid package for Ukraine worth ${m} million, including air defence equipment, generators and demining kits.",
                    "Ukraine will receive ${m} million in new assistance, {A} said {in} {on_day}, calling the package a signal that partners will not step back.");
            case STATEMENT -> List.of(
                    "{CITY}, {date} ({agency}) - {^A} said {on_day} that the question of {topic} must be settled this year, warning that every month of delay costs lives.",
                    "{^A} called on partners {on_day} to act quickly on {topic}, in remarks that {b} later described as a fair warning.");
        };
    }

    @Override
    public List<String> details(EventKind kind) {
        return switch (kind) {
            case STRIKE -> List.of(
                    "According to the air force, {nd} of the {n} drones were shot down over the region. Debris fell on a school and three apartment blocks, and firefighters worked through the night to put out the blaze in the port.",
                    "\"The enemy again targeted ports and homes. All services are working at the sites,\" {a} wrote on Telegram {on_day}.",
                    "Among the wounded are two children, regional officials said. Rescue workers pulled {r} people from the rubble of a five-storey building, and the city declared a day of mourning.");
            case MEETING -> List.of(
                    "\"We did not come here for a photo. We came to agree on what happens next, and today we have a plan,\" {a} told reporters after the meeting.",
                    "The two sides agreed to set up a working group of experts, which will meet for the first time within {wk} weeks, according to a joint statement published after the talks.",
                    "{^b} said the talks had been \"difficult but honest\" and that both delegations would report back to their governments before the next round.");
            case AID -> List.of(
                    "The package includes air defence missiles, {g} mobile generators and equipment for clearing mines from farmland, {a} said in a statement.",
                    "\"This is not charity. Helping Ukraine defend itself is an investment in our own security,\" {a} told reporters.",
                    "{^b} thanked partners for the decision and said the first deliveries were expected within {wk} weeks.");
            case STATEMENT -> List.of(
                    "\"We cannot keep postponing decisions and hoping that the problem will solve itself,\" {a} said.",
                    "{^b} responded later {on_day} that the comments showed how much was at stake, but said the talks would continue.",
                    "Analysts said the remarks were aimed as much at voters at home as at partners abroad, ahead of a summit planned for next month.");
        };
    }

    @Override
    public List<String> common() {
        return List.of(
                "{^b} said {on_day} that the situation required a joint response from all partners and that a decision should be taken before the summit.",
                "\"We will not accept any decision about Ukraine without Ukraine. That principle has not changed, and it will not change,\" {b} said.",
                "Officials {in} said preparations for the next meeting were under way and that delegations from at least {c} countries had confirmed they would attend.",
                "The last such meeting took place in the autumn, when ministers agreed to coordinate their support and to meet again once the winter was over.",
                "According to the United Nations, more than {mi} million people in Ukraine still need humanitarian assistance, and the number has grown since the start of the year.",
                "Questions about financing remain open. Several governments have said they will need the approval of their parliaments before any new money can be spent.",
                "{^a} is expected to brief lawmakers next week. {a:His|Her} office did not respond to a request for further comment {on_day}.",
                "Shipping companies and insurers are watching closely, because they decide whether cargo can leave the ports of the Black Sea at a reasonable cost.",
                "Earlier this month, {b} warned that the coming weeks would be decisive and called on partners to speed up deliveries that had already been promised.");
    }

    @Override
    public String updateNote() {
        return "This article has been updated with additional details.";
    }

    @Override
    public String onDay(DayOfWeek day) {
        return "on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Override
    public String dayMonth(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }

    @Override
    public PageWords page() {
        return PAGE;
    }
}

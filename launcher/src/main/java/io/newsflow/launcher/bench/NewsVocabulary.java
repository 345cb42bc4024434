package io.newsflow.launcher.bench;

import java.util.List;

/**
 * The bench's own words: who, what and where a generated article talks about, and the sentences it says it in.
 * Written for the bench rather than taken from any text, so the bench ships no third-party prose. The mix (people
 * with roles, organisations with and without acronyms, cities with their countries, relative and absolute dates)
 * gives the tagger the kind of work a wire story gives it. A few names carry accents, so the text is UTF-8 beyond
 * ASCII as real news is.
 *
 * <p>Template slots: {@code {p1}} to {@code {p3}} a person (role and full name where the article first names them,
 * then the surname); {@code {O1}} to {@code {O3}} organisations; {@code {city}}, {@code {country}},
 * {@code {city2}}, {@code {country2}}; {@code {CITY}} the dateline; dates: {@code {weekday}} ("on Monday"),
 * {@code {when}} (a relative or absolute expression), {@code {range}} ("April 5-7"), {@code {date}} ("April 9");
 * {@code {anyorg}}, {@code {anycity}} and {@code {anyperson}} someone or something named once, new at each use;
 * {@code {topic}}, {@code {action}}, {@code {group}}, {@code {number}}, {@code {percent}}, {@code {money}},
 * {@code {adjective}}.
 */
final class NewsVocabulary {

    private NewsVocabulary() {
    }

    static final List<String> GIVEN_NAMES = List.of(
            "Elena", "Marcus", "Amina", "Tomasz", "Sofia", "Daniel", "Priya", "Jonas", "Grace", "Mateo",
            "Hannah", "Kwame", "Lucía", "Oliver", "Yuki", "Samuel", "Ingrid", "Rafael", "Noura", "Peter",
            "Chloé", "Ahmed", "Claire", "Viktor", "Maria", "David", "Aisha", "Henrik", "Laura", "Tobias",
            "Fatima", "George", "Zoë", "Andrei", "Julia", "Michael", "Leila", "Stefan", "Rosa", "Kenji");

    static final List<String> SURNAMES = List.of(
            "Varga", "Okafor", "Lindqvist", "Moreau", "Kowalski", "Brennan", "Haddad", "Tanaka", "Fischer",
            "Alvarez", "Mensah", "Novak", "Whitaker", "Castillo", "Petrov", "Nakamura", "Osei", "Dubois", "Jansen",
            "Rahman", "Costa", "Keller", "Søndergaard", "Morales", "Ibrahim", "Schmidt", "Walsh", "Kim", "Rossi",
            "Mbeki", "Horvat", "Delgado", "Hughes", "Yilmaz", "Larsen", "Banerjee", "Papadopoulos", "Müller");

    static final List<String> ROLES = List.of(
            "Foreign Minister", "Finance Minister", "Prime Minister", "President", "Defence Minister",
            "Health Minister", "Trade Commissioner", "Secretary-General", "chief executive", "spokesperson",
            "Energy Minister", "Mayor", "central bank governor", "senior economist", "union leader",
            "Interior Minister", "chief negotiator", "opposition leader", "Environment Minister", "ambassador");

    static final List<String> ORGANISATIONS = List.of(
            "NATO", "the United Nations", "the European Union", "the World Bank", "the International Monetary Fund",
            "the World Health Organization", "the European Commission", "the African Union", "Reuters",
            "the International Criminal Court", "the Red Cross", "OPEC", "the G7", "the World Trade Organization",
            "Northwind Energy", "Harbor Logistics Group", "Meridian Bank", "Atlas Rail", "Bluewater Shipping",
            "the Ministry of Finance", "the National Farmers Union", "Crestline Pharmaceuticals",
            "the Central Statistics Office", "Vela Telecom", "the Supreme Court", "the Senate",
            "Greenfield Motors", "the Port Authority", "the Coalition for Clean Air", "Sterling Airways");

    /** City and country pairs, so a dateline and its country agree. */
    static final List<List<String>> PLACES = List.of(
            List.of("Brussels", "Belgium"), List.of("Berlin", "Germany"), List.of("Nairobi", "Kenya"),
            List.of("Lima", "Peru"), List.of("Warsaw", "Poland"), List.of("Seoul", "South Korea"),
            List.of("Lagos", "Nigeria"), List.of("Madrid", "Spain"), List.of("Ottawa", "Canada"),
            List.of("Jakarta", "Indonesia"), List.of("Geneva", "Switzerland"), List.of("Cairo", "Egypt"),
            List.of("Oslo", "Norway"), List.of("São Paulo", "Brazil"), List.of("Manila", "the Philippines"),
            List.of("Vienna", "Austria"), List.of("Accra", "Ghana"), List.of("Tokyo", "Japan"),
            List.of("Athens", "Greece"), List.of("Dublin", "Ireland"), List.of("Kyiv", "Ukraine"),
            List.of("Canberra", "Australia"), List.of("Santiago", "Chile"), List.of("Ankara", "Turkey"),
            List.of("Hanoi", "Vietnam"), List.of("Lisbon", "Portugal"), List.of("Mexico City", "Mexico"),
            List.of("Copenhagen", "Denmark"), List.of("Zürich", "Switzerland"), List.of("Dhaka", "Bangladesh"));

    static final List<String> TOPICS = List.of(
            "energy prices", "grain exports", "the new trade agreement", "cyber security", "water rights",
            "the railway project", "support for refugees", "interest rates", "the ceasefire talks",
            "vaccine supplies", "the fishing quota", "port congestion", "the pension reform", "flood defences",
            "the budget deficit", "steel tariffs", "the election timetable", "airline safety rules",
            "the housing shortage", "fertiliser supplies", "the climate package", "a digital services tax");

    static final List<String> ACTIONS = List.of(
            "support", "review", "expand", "suspend", "fund", "delay", "oppose", "back", "reconsider", "finalise");

    static final List<String> GROUPS = List.of(
            "farmers", "investors", "officials", "residents", "diplomats", "lawmakers", "doctors", "exporters",
            "commuters", "analysts", "aid workers", "small businesses");

    static final List<String> ADJECTIVES = List.of(
            "difficult", "constructive", "tense", "productive", "long-awaited", "unexpected", "cautious", "frank");

    /** Relative and absolute date expressions beyond the weekday and the range, resolved against the article date. */
    static final List<String> WHEN = List.of(
            "yesterday", "last week", "earlier this month", "in January", "next Tuesday", "by the end of June",
            "in 2021", "two weeks ago", "this morning", "later this year", "last month", "on Friday evening",
            "in the first quarter", "next spring", "over the weekend", "three days ago");

    static final List<String> WEEKDAYS = List.of(
            "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday");

    /** The first sentence: who said what, where, when. */
    static final List<String> LEADS = List.of(
            "{CITY} - {p1} said {weekday} that {O1} would {action} {topic}, a move {group} had demanded for months.",
            "{CITY} - {O1} agreed {weekday} to {action} {topic} after {adjective} talks in {city} led by {p1}.",
            "{CITY} - {p1} arrived in {city} {weekday} for meetings with {O1} on {topic}, scheduled for {range}.",
            "{CITY} - Many {group} in {country} face new uncertainty after {O1} moved {weekday} to {action} {topic}.");

    /**
     * The body: each sentence stands alone, so any order reads as a story. About one in three carries a date, so a
     * 3 KB article has about as many date expressions as a wire story of that length.
     */
    static final List<String> BODY = List.of(
            "{p2} told reporters {when} that the plan would cost {money} over five years.",
            "\"We cannot {action} {topic} on our own,\" {p1} said, adding that {O2} had offered to help.",
            "The talks, held in {city2} from {range}, ended without a joint statement.",
            "According to {O2}, about {number} {group} in {country} have been affected.",
            "{p1} is expected to meet {p3} in {city} to discuss {topic}.",
            "Figures from {O3} showed a rise of {percent} over the past year.",
            "{O2} said {when} it would open its own inquiry into {topic}.",
            "\"This is a {adjective} moment for {country},\" {p2} said in a statement.",
            "Critics, among them {p3}, said the proposal did little for {group}.",
            "The decision follows {adjective} negotiations between {O1} and {O3}.",
            "{p2} said the first payments would reach {group} by {date}.",
            "Officials in {city2}, {country2}, said {number} people had registered for the scheme.",
            "Shares in {O3} fell {percent} after the announcement {weekday}.",
            "{O1} will hold an extraordinary meeting in {city} to {action} {topic}.",
            "\"Nobody should be surprised,\" {p3} said, pointing to a report by {anyorg}.",
            "The measure needs the approval of {O2}, which meets again on {date}.",
            "{country} spent {money} on {topic}, {percent} more than the year before.",
            "{p1} later travelled to {city2} for talks with {group} and representatives of {O3}.",
            "A spokesperson for {O2} declined to comment.",
            "Protests in {city} drew about {number} people {when}, police said.",
            "{p3} said {O3} had warned about {topic} for years.",
            "Under the draft, {group} would receive {money}, with a review to follow.",
            "The last round of talks, in {city2}, broke up after {p2} walked out.",
            "Asked whether {country} would {action} the plan, {p1} said: \"That is for {O1} to decide.\"",
            "\"We have listened to {group} and we have acted,\" {p2} told a news conference in {city}.",
            "Opinion polls published {when} suggest {percent} of voters in {country} back the measure.",
            "{O3} has been criticised by {group} for its handling of {topic}.",
            "{anyperson} of {anyorg} said the group would comment on the plan {weekday}.",
            "{p3}, who has led the negotiations for {O1}, is due in {city2} {weekday}.",
            "Diplomats in {anycity} said a final text could be ready soon, though {p1} warned against haste.",
            "More than {number} {group} signed an open letter to {O1}.",
            "Talks with {O2} and {anyorg} are set to continue in {city} on {range}.",
            "{p2} declined to say whether {O3} would {action} its earlier offer.",
            "Representatives of {anyorg} and {anyorg} attended as observers, as did {anyperson}.",
            "The plan was first put forward by {p3}, when {country} held the chair of {O1}.");

    /** A line of its own between paragraphs now and then, as wire copy has. */
    static final List<String> SUBHEADINGS = List.of(
            "{O2} to {action} {topic}", "{p1} under pressure over {topic}", "What {group} in {country} say",
            "Talks resume in {city2}");
}

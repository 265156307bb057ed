package io.blocwatch.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue lexicons over folded words: interaction cues with their kind, agreement nouns and status
 * verbs, negators, modals, reporting verbs and the domain vocabularies. Phrases are matched word
 * by word at each position, longest first (no regular expressions).
 */
public final class Lexicon {

    /** How a cue picks its source and target (see docs/tagging.md). */
    public enum CueType {
        /** said/attitude: source = subject or speaker, target = object. */
        COMM,
        /** force posture: source = owner of the forces, target = the other side of the border. */
        FORCE,
        /** troops sent to / reinforcing the target. */
        MILCOOP,
        /** bases, joint exercises: cooperation both ways between the actors of the sentence. */
        HOST,
        /** sale, delivery: source = supplier (subject), target = after "to". */
        SUPPLY,
        /** purchase: target = buyer (subject), source = after "from"/"with". */
        BUY,
        /** "backed/orchestrated by X" in a hostile context: speaker accuses X. */
        HOSTILE_BACKING,
        /** sanctions against X. */
        SANCTION
    }

    /** A cue phrase. {@code attitude}: survives a modal ("would welcome"); {@code negative}: contains its own "not". */
    public record Cue(String[] words, String kind, CueType type, boolean attitude, boolean negative) {}

    private static final Map<String, List<Cue>> CUES = new HashMap<>();

    private static void cue(String kind, CueType type, boolean attitude, String... phrases) {
        for (String p : phrases) {
            String[] w = p.split(" ");
            boolean neg = List.of(w).contains("not") || List.of(w).contains("refuses") || List.of(w).contains("refused");
            CUES.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Cue(w, kind, type, attitude, neg));
        }
    }

    static {
        cue("praise", CueType.COMM, true, "thanked", "thanks", "thank", "thanking", "hailed", "hails", "hail",
                "praised", "praises", "praise", "praising", "closest partner", "key partner", "strategic partner",
                "reliable partner", "friend of", "commended", "commends", "applauded", "applauds", "congratulated",
                "congratulates", "lauded", "lauds");
        cue("support", CueType.COMM, true, "supports", "support for", "supported", "supporting", "in support",
                "backs", "backing for", "stands by", "standing by", "stood by", "stand by", "welcomed",
                "welcomes", "welcome", "pledged support", "endorsed", "endorses", "solidarity with",
                "reaffirms support", "reaffirmed support", "open accession negotiations", "open accession talks",
                "open membership negotiations", "open membership talks", "opened accession negotiations",
                "opened accession talks", "opened membership negotiations", "opened membership talks");
        cue("criticize", CueType.COMM, false, "criticised", "criticized", "criticises", "criticizes", "criticise",
                "criticize", "criticism", "condemned", "condemns", "condemn", "condemnation", "blamed", "blames",
                "blame", "shameful", "provocative", "provocation", "provocations", "undemocratic", "unlawful",
                "politically motivated", "disappointed", "disappointment", "denounced", "denounces", "slammed",
                "slams", "witch hunt", "witch hunts", "unacceptable", "not recognise", "not recognize",
                "refuses to recognise", "refuses to recognize", "refused to recognise", "refused to recognize",
                "rebuked", "decried", "deplored", "opposes", "opposed", "strongly opposes", "objected to", "objects to", "hostile", "unfriendly");
        cue("accuse", CueType.COMM, false, "accused", "accuses", "accuse", "accusing", "accusation",
                "accusations", "alleged that");
        cue("warn", CueType.COMM, false, "warned", "warns", "warn", "warning", "urged", "urges", "urge",
                "urging", "called on", "calls on", "call on", "calling on", "pressed", "press for", "pressing");
        cue("protest", CueType.COMM, false, "protested", "protests to", "formal protest", "note of protest",
                "summoned", "summons", "summoning", "summon", "demanded an explanation", "lodged a protest");
        cue("threaten", CueType.COMM, false, "threatened", "threatens", "threaten");
        cue("threaten", CueType.FORCE, false, "massed", "massing", "deployment", "deployed", "deploys",
                "deploying", "build up", "buildup", "troop build up", "combat readiness", "high alert",
                "state of alert", "mobilised", "mobilized", "mobilisation", "mobilization", "amassed");
        cue("military-cooperation", CueType.MILCOOP, false, "sends troops", "send troops", "sending troops",
                "sent troops", "sending", "sends soldiers", "reinforce", "reinforces", "reinforcing",
                "contribute troops", "contributes troops", "troop contribution");
        cue("military-cooperation", CueType.HOST, false, "air base", "airbase", "military base", "naval base",
                "joint exercise", "joint exercises", "joint military exercises", "joint military exercise", "joint drills",
                "joint drill", "joint military drills", "joint military drill", "joint training", "joint military training",
                "joint naval exercise", "joint naval exercises", "joint air exercise", "joint patrols", "joint patrol",
                "joint manoeuvres", "joint maneuvers",
                "hosts", "hosting");
        cue("arms-transfer", CueType.SUPPLY, false, "sale", "sales", "sell", "sells", "sold", "selling",
                "deliver", "delivers", "delivered", "delivery", "deliveries", "supply", "supplies", "supplied",
                "supplying", "shipped", "ships", "shipping", "export", "exports", "exported", "exporting",
                "donated", "donates");
        cue("arms-transfer", CueType.BUY, false, "buy", "buys", "bought", "buying", "purchase", "purchased",
                "purchases", "purchasing", "acquire", "acquired", "acquires", "received", "receives", "receive",
                "receiving");
        cue("accuse", CueType.HOSTILE_BACKING, false, "backed", "orchestrated", "sponsored", "organised",
                "organized", "financed");
        cue("other", CueType.SANCTION, false, "sanctions against", "sanctions on", "imposed sanctions");
        cue("other", CueType.COMM, false, "persona non grata", "expelled", "expels", "recalled its ambassador");
    }

    public static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nor", "without", "deny",
            "denies", "denied", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed", "refused",
            "refuses", "refusing", "refuse", "didn", "doesn", "don", "isn", "wasn", "won", "hasn", "haven", "neither", "rather", "instead");
    /** Subjects that make "threatened to ..." a risk, not a threat: "it threatened to destabilise the region". */
    public static final Set<String> RISK_SUBJECTS = Set.of("it", "which", "this", "that", "move", "step", "decision",
            "declaration", "pact", "deal", "plan", "agreement", "development", "crisis", "tension", "tensions", "dispute");
    /** Outcomes that make "threatens to ..." a risk statement rather than an act against someone. */
    public static final Set<String> RISK_VERBS = Set.of("destabilise", "destabilize", "undermine", "derail", "disrupt",
            "upset", "erode", "jeopardise", "jeopardize", "escalate", "spark", "trigger", "worsen", "unravel", "inflame",
            "fuel", "ignite", "spill", "reignite", "undo", "damage", "harm", "weaken", "unsettle");
    public static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "shall", "if",
            "should", "can");
    public static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "whereas", "although", "though");
    public static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "called", "described",
            "stated", "according", "added", "adding", "noted", "claimed", "claims", "wrote", "announced");
    public static final Set<String> TITLES = Set.of("president", "minister", "premier", "chancellor", "secretary",
            "general", "leader", "pm", "prime", "ambassador", "envoy", "king", "mr", "mrs", "ms");
    public static final Set<String> HOSTILE = Set.of("attack", "attacks", "ambush", "terrorist", "terrorists",
            "terrorism", "gunmen", "aggression", "invasion", "assault", "bombing", "killing", "sabotage", "coup");
    public static final Set<String> MODIFIER_NOUNS = Set.of("path", "membership", "accession", "integration", "bid",
            "candidacy", "perspective", "aspirations", "standards", "future", "way");
    /** Words that make an ambiguous country alias the US state, the bird, the river... (whole item). */
    public static final Set<String> ANTI_CONTEXT = Set.of("county", "counties", "governor", "statewide", "atlanta",
            "savannah", "macon", "augusta", "thanksgiving", "recipe", "oven", "stuffing", "gravy", "nba", "basketball",
            "sneakers", "porcelain", "novel", "tornado", "hurricane", "bulldogs", "peach");
    public static final Set<String> JOIN_WORDS = Set.of("join", "joins", "joined", "joining", "into", "membership");
    public static final Set<String> WEAPONS = Set.of("missile", "missiles", "arms", "weapons", "weapon", "ammunition",
            "tanks", "tank", "jets", "jet", "fighter", "fighters", "aircraft", "system", "systems", "drones", "drone",
            "howitzers", "shells", "rounds", "helicopters", "transporters", "rifles", "defence", "defense",
            "javelin", "military", "artillery", "rocket", "rockets", "launchers", "launcher", "himars", "patriot",
            "submarines", "frigates", "corvettes", "interceptors", "grenades", "mortars", "bombs", "f", "leopard", "armored", "armoured", "vehicles", "munitions", "warships", "radar");
    public static final Set<String> POLITICAL = Set.of("government", "minister", "ministry", "president",
            "presidential", "parliament", "parliamentary", "embassy", "ambassador", "troops", "military", "army",
            "defence", "defense", "sanctions", "treaty", "agreement", "talks", "diplomatic", "diplomat", "diplomats",
            "foreign", "nato", "election", "elections", "opposition", "security", "summit", "officials",
            "authorities", "forces", "soldiers", "missile", "missiles", "invasion", "occupation", "sovereignty",
            "territorial", "regime", "kremlin", "sanction", "nuclear", "ceasefire", "border", "borders", "bilateral",
            "geopolitical", "separatist", "separatists", "annexation", "visa", "tbilisi", "amman", "ankara", "premier",
            "protests", "protesters", "referendum", "coalition", "alliance", "envoy", "pact", "accord", "peacekeeping",
            "un", "eu", "union", "embargo", "tariffs", "ministers", "airstrikes", "militants", "rebels");

    /** Agreement nouns to forms. */
    public static final Map<String, String> AGREEMENT_NOUNS = Map.ofEntries(Map.entry("agreement", "agreement"),
            Map.entry("pact", "agreement"), Map.entry("protocol", "agreement"), Map.entry("deal", "agreement"), Map.entry("accord", "agreement"),
            Map.entry("declaration", "declaration"), Map.entry("memorandum", "memorandum"),
            Map.entry("mou", "memorandum"), Map.entry("treaty", "treaty"), Map.entry("contract", "contract"),
            Map.entry("plan", "plan"), Map.entry("agreements", "agreement"), Map.entry("pacts", "agreement"),
            Map.entry("accords", "agreement"), Map.entry("declarations", "declaration"),
            Map.entry("memoranda", "memorandum"), Map.entry("memorandums", "memorandum"),
            Map.entry("treaties", "treaty"), Map.entry("contracts", "contract"));
    public static final Set<String> SIGN_VERBS = Set.of("signed", "sign", "signs", "signing", "concluded",
            "concludes", "inked", "inks", "sealed", "seals");
    public static final Set<String> PLAN_WORDS = Set.of("negotiating", "negotiate", "negotiations", "negotiated",
            "draft", "proposed", "envisaged", "planned");
    public static final Set<String> REPORTED_WORDS = Set.of("exist", "exists", "existing", "under", "valid", "force",
            "accepted", "accepts");
    public static final Set<String> FUTURE_BEFORE_SIGN = Set.of("will", "would", "could", "to", "may", "might",
            "plan", "plans", "expected", "set", "shall", "should", "intend", "intends", "ready", "aim", "aims");
    public static final Set<String> PURCHASE = Set.of("buy", "buys", "bought", "buying", "purchase", "purchased",
            "sale", "sell", "sold", "order", "ordered", "procurement", "acquire", "acquired");

    public static final Set<String> DEFENSE = Set.of("defense", "defence", "military", "army", "weapons", "arms",
            "ammunition", "missile", "missiles", "fighter", "fighters", "jets", "troops", "armed", "tanks",
            "drones", "exercises", "interoperability", "security", "soldiers", "artillery", "air", "naval",
            "helicopters", "procurement");
    public static final Set<String> ENERGY = Set.of("energy", "gas", "oil", "pipeline", "electricity", "power",
            "nuclear", "lng", "crude", "renewable", "refinery", "hydropower", "interconnector");
    public static final Set<String> ECONOMIC = Set.of("trade", "economic", "economy", "investment", "investments",
            "customs", "tariff", "tariffs", "infrastructure", "railway", "railways", "free", "market", "business",
            "loan", "finance", "financial");

    /** Plural anaphora ("the two countries") and how many actors they stand for. */
    public static int groupSize(List<String> w, int i) {
        String a = w.get(i);
        int n = switch (a) {
            case "both" -> 2;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> 0;
        };
        if (n == 0 || i + 1 >= w.size()) {
            return 0;
        }
        String b = w.get(i + 1);
        if (b.equals("countries") || b.equals("sides") || b.equals("neighbours") || b.equals("neighbors")
                || b.equals("governments") || b.equals("states") || b.equals("nations") || b.equals("parties")
                || b.equals("capitals")) {
            return n;
        }
        return 0;
    }

    /** The longest cue starting at word {@code i}, or null. */
    public static Cue cueAt(List<String> w, int i) {
        List<Cue> l = CUES.get(w.get(i));
        if (l == null) {
            return null;
        }
        Cue best = null;
        for (Cue c : l) {
            if (i + c.words().length > w.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < c.words().length; k++) {
                if (!w.get(i + k).equals(c.words()[k])) {
                    ok = false;
                    break;
                }
            }
            if (ok && (best == null || c.words().length > best.words().length)) {
                best = c;
            }
        }
        return best;
    }

    private Lexicon() {}
}

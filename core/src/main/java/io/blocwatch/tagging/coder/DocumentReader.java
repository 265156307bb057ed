package io.blocwatch.tagging.coder;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.tagging.text.LetterRuns;
import io.blocwatch.tagging.text.Linguistics;
import io.blocwatch.tagging.text.Token;
import io.blocwatch.tagging.text.WordTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * First stage: a NewsItem becomes a Document. Boilerplate lines (bylines, "Read more" links, tag
 * lines, read counters, copyright footers; patterns in context.yaml {@code boilerplate_lines})
 * are dropped, the headline becomes a sentence of its own, every paragraph is split into
 * sentences and tokens with parts of speech.
 */
public final class DocumentReader {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Z'\u2019.\\- ]*[A-Z])(?:, ([A-Z][A-Za-z .'\\-]+))?"
                    // the wire's day: "SEOUL, Oct 21 (Reuters) -"
                    + "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})?"
                    // the agency: "(Reuters)", "(Euro-Atlantic Wire)", "(Nile Valley Wire)"
                    + "(?: \\([A-Za-z .'\\-]+\\))?\\s*[-\u2013\u2014]+\\s");

    /** Text beyond this many characters of the body is not coded: it bounds the cost of a pathological item. */
    static final int MAX_BODY_CHARS = 100_000;

    private final List<Pattern> boilerplate = new ArrayList<>();
    /** The boilerplate patterns that are plain lower-case phrases ("all rights reserved"). */
    private final List<String> boilerplateLiterals = new ArrayList<>();
    private static final Set<String> US_STATE_ABBREVIATIONS = Set.of("ala", "ariz", "ark", "calif", "colo", "conn",
            "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
            "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ohio", "iowa", "utah",
            "maine", "alaska", "hawaii", "idaho");

    private final Vocabulary vocabulary;

    private final io.blocwatch.tagging.DictionaryMatcher matcher;

    public DocumentReader(Vocabulary vocabulary, io.blocwatch.tagging.DictionaryMatcher matcher) {
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        java.util.Map<String, Integer> roles = new java.util.HashMap<>();
        for (String w : vocabulary.cueWords()) {
            roles.merge(w, CUE, (a, b) -> a | b);
        }
        for (String w : vocabulary.list("coreference_nouns")) {
            roles.merge(w, REF, (a, b) -> a | b);
        }
        for (String w : REFERRING) {
            roles.merge(w, REF, (a, b) -> a | b);
        }
        wordRoles = new WordTable(roles);
        for (String p : vocabulary.raw("boilerplate_lines")) {
            if (p.matches("[a-z0-9 ]+")) {
                boilerplateLiterals.add(p); // a plain phrase: a loop of characters, not a pattern tried at every offset
            } else {
                boilerplate.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE));
            }
        }
    }

    public Document read(NewsItem item) {
        String title = item.title() == null ? "" : item.title().strip();
        StringBuilder body = new StringBuilder();
        String raw = item.body() == null ? "" : item.body();
        if (raw.length() > MAX_BODY_CHARS) {
            int cut = raw.lastIndexOf('\n', MAX_BODY_CHARS);
            raw = raw.substring(0, cut > MAX_BODY_CHARS / 2 ? cut : MAX_BODY_CHARS);
        }
        boolean linkList = false;
        for (String line : raw.split("\n")) {
            String stripped = line.strip();
            if (linkList && !stripped.isEmpty() && BULLETS.indexOf(stripped.charAt(0)) >= 0) {
                continue; // the headlines listed under "Read more:" or "Related:" are links, not content
            }
            linkList = false;
            if (isBoilerplate(stripped)) {
                linkList = stripped.endsWith(":");
            } else {
                body.append(line).append('\n');
            }
        }
        String text = title + "\n\n" + body;
        List<io.blocwatch.tagging.DictionaryMatcher.Hit> hits = matcher == null ? List.of() : matcher.find(text);
        List<Sentence> sentences = new ArrayList<>();
        String lowerText = text.toLowerCase(java.util.Locale.ROOT);
        String lower = LetterRuns.latin1(text) ? lowerText : null;
        int bodyStart = title.length() + 2;
        if (!title.isEmpty()) {
            add(sentences, text, lower, 0, title.length(), true, hits);
        }
        int datelineEnd = bodyStart;
        String localTown = null;
        Matcher m = DATELINE.matcher(text).region(bodyStart, text.length());
        if (m.lookingAt() && m.group(1).length() >= 3) {
            datelineEnd = m.end();
            String region = m.group(2) == null ? null : m.group(2).strip().toLowerCase(java.util.Locale.ROOT);
            if (region != null && (vocabulary.in("us_states", region) || vocabulary.in("us_states_ambiguous", region)
                    || US_STATE_ABBREVIATIONS.contains(region.replace(".", "")))) {
                localTown = m.group(1).strip();
            }
        }
        int p = bodyStart;
        while (p < text.length()) {
            int nl = text.indexOf('\n', p);
            int end = nl < 0 ? text.length() : nl;
            if (end > p) {
                String para = text.substring(p, end);
                Span[] spans = Linguistics.sentences(para);
                int from = -1;
                for (int k = 0; k < spans.length; k++) {
                    if (from < 0) {
                        from = spans[k].getStart();
                    }
                    if (k + 1 < spans.length && endsWithAbbreviation(para.substring(from, spans[k].getEnd()))) {
                        continue; // "Gen. Charles Q. Brown": the model split after a title or an initial
                    }
                    add(sentences, text, lower, p + from, p + spans[k].getEnd(), false, hits);
                    from = -1;
                }
            }
            p = end + 1;
        }
        LocalDate day = LocalDate.ofInstant(Instant.parse(item.publishedAt()), ZoneOffset.UTC);
        return new Document(item.id(), text, List.copyOf(sentences), day, bodyStart, datelineEnd, hits, localTown,
                lowerText);
    }

    private static final Set<String> REFERRING = Set.of("it", "its", "he", "she", "they", "ministry", "government",
            "pact", "deal", "agreement", "document", "declaration", "treaty", "accord", "memorandum", "alliance",
            "bloc", "both", "two", "three", "sides", "countries", "officials", "spokesman", "spokeswoman", "minister",
            "department");

    private static final int CUE = 1;
    private static final int REF = 2;

    /**
     * What each cue or referring word is to {@link #worthAnalysing}: CUE (an event, agreement or
     * office word: {@code Vocabulary.cueWords}), REF (a word that can refer to an actor:
     * {@code coreference_nouns} and {@link #REFERRING}), or both; one look-up per word.
     */
    private final WordTable wordRoles;

    /**
     * Does [start, end) name an actor or carry a word the coder acts on? Only then is it tagged.
     * {@code lower} is the text in lower case when that keeps every character at its offset (a
     * Latin-1 text), else null (each word is then lower-cased on its own).
     */
    private boolean worthAnalysing(String text, String lower, int start, int end,
            List<io.blocwatch.tagging.DictionaryMatcher.Hit> hits) {
        for (var h : hits) {
            if (h.start() >= start && h.start() < end) {
                return true;
            }
        }
        // no actor named: worth it only for an event word with something that can refer to an actor
        // ("the ministry condemned the pact", "it warned")
        boolean cue = false;
        boolean ref = false;
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < end && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (j > i) {
                int f = lower != null ? wordRoles.get(lower, i, j)
                        : wordRoles.get(text.substring(i, j).toLowerCase(java.util.Locale.ROOT), 0, j - i);
                if (f != 0) {
                    cue |= (f & CUE) != 0;
                    ref |= (f & REF) != 0;
                    if (cue && ref) {
                        return true;
                    }
                }
            }
            i = j + 1;
        }
        return false;
    }

    private void add(List<Sentence> out, String text, String lower, int start, int end, boolean headline,
            List<io.blocwatch.tagging.DictionaryMatcher.Hit> hits) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        List<Token> tokens = worthAnalysing(text, lower, start, end, hits) ? Linguistics.tokens(text, start, end) : List.of();
        out.add(new Sentence(out.size(), text.substring(start, end), start, end, tokens, headline));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "gen", "lt",
            "col", "sgt", "capt", "adm", "maj", "sen", "rep", "gov", "st", "no", "jr", "sr", "prof", "rev", "brig",
            "cmdr", "gens", "messrs", "u.s", "u.n", "u.k", "e.u", "vs", "ft", "mt", "inc", "corp", "co", "ltd");

    private boolean endsWithAbbreviation(String sentence) {
        String t = sentence.strip();
        if (!t.endsWith(".")) {
            return false;
        }
        int sp = t.lastIndexOf(' ');
        String last = t.substring(sp + 1, t.length() - 1).toLowerCase(java.util.Locale.ROOT);
        if (last.length() == 1 && Character.isLetter(last.charAt(0))) {
            return true; // an initial: "Charles Q."
        }
        return ABBREVIATIONS.contains(last);
    }

    /** Characters that open the lines of a list of links. */
    private static final String BULLETS = "-*\u2022\u2013\u2014\u00b7\u203a>";

    private boolean isBoilerplate(String line) {
        if (line.isEmpty()) {
            return false;
        }
        for (Pattern p : boilerplate) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        for (String phrase : boilerplateLiterals) {
            if (containsIgnoringAsciiCase(line, phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code line} contains {@code phrase} (lower-case ASCII letters, digits and spaces) as
     * {@code Pattern.compile(phrase, CASE_INSENSITIVE).matcher(line).find()} decides it: only the
     * ASCII capitals A-Z fold to their lower case.
     */
    static boolean containsIgnoringAsciiCase(String line, String phrase) {
        int m = phrase.length();
        int last = line.length() - m;
        char first = phrase.charAt(0);
        char firstCapital = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
        // the candidates are where the first character is, in either case: two indexOf walks
        int lower = line.indexOf(first);
        int upper = firstCapital == first ? -1 : line.indexOf(firstCapital);
        while (lower >= 0 || upper >= 0) {
            int i = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
            if (i > last) {
                return false;
            }
            int j = 1;
            while (j < m) {
                char c = line.charAt(i + j);
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != phrase.charAt(j)) {
                    break;
                }
                j++;
            }
            if (j == m) {
                return true;
            }
            if (i == lower) {
                lower = line.indexOf(first, i + 1);
            } else {
                upper = line.indexOf(firstCapital, i + 1);
            }
        }
        return false;
    }
}

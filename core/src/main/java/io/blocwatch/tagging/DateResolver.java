package io.blocwatch.tagging;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * Resolves day expressions against the publication date: a weekday is the most recent such day
 * on or before publication; "March 18" / "18 March" is that day in the publication year, or the
 * year before when it would fall after publication; "today" and "yesterday". Anything vaguer
 * ("last week", "in 2020") resolves to null.
 */
public final class DateResolver {

    private static final Map<String, DayOfWeek> DAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    private DateResolver() {}

    public static boolean isDateWord(String folded) {
        return DAYS.containsKey(folded) || MONTHS.containsKey(folded);
    }

    /** The first resolvable day among folded {@code words}, or null. */
    /** Words before a day or month that make it a deadline. */
    public static final java.util.Set<String> DEADLINE = java.util.Set.of("by", "until", "till", "before", "than");

    public static LocalDate resolve(List<String> words, LocalDate published) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String before = i > 0 ? words.get(i - 1) : "";
            if (DEADLINE.contains(before) || i > 1 && DEADLINE.contains(words.get(i - 2)) && isDay(before)) {
                continue; // "by March 15", "until Friday", "no later than 15 March": a deadline, not the act's day
            }
            if (DAYS.containsKey(w)) {
                String prev = i > 0 ? words.get(i - 1) : "";
                if (prev.equals("next")) {
                    continue;
                }
                return published.with(TemporalAdjusters.previousOrSame(DAYS.get(w)));
            }
            if (w.equals("today") || w.equals("tonight")
                    || (w.equals("morning") || w.equals("afternoon") || w.equals("evening")) && before.equals("this")
                    || w.equals("day") && before.equals("the") && i > 2 && words.get(i - 2).equals("in")
                        && (words.get(i - 3).equals("earlier") || words.get(i - 3).equals("later"))) {
                return published; // "earlier in the day", "this morning"
            }
            if (w.equals("yesterday")) {
                return published.minusDays(1);
            }
            Integer m = MONTHS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w); // "Nov. 27"
            if (m != null && !(w.equals("may") && !(i + 1 < words.size() && isDay(words.get(i + 1))))) {
                Integer day = null;
                int yearAt = i + 1; // "30 August 1951"
                if (i + 1 < words.size() && isDay(words.get(i + 1))) {
                    day = digits(words.get(i + 1));
                    yearAt = i + 2; // "August 30 1951"
                } else if (i > 0 && isDay(words.get(i - 1))) {
                    day = digits(words.get(i - 1));
                }
                if (day != null) {
                    Integer year = yearAt < words.size() && YEAR.matcher(words.get(yearAt)).matches()
                            ? Integer.valueOf(Integer.parseInt(words.get(yearAt))) : null;
                    try {
                        LocalDate d = LocalDate.of(year == null ? published.getYear() : year, m, day);
                        if (year == null && d.isAfter(published)) {
                            d = d.minusYears(1);
                        }
                        return d;
                    } catch (java.time.DateTimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static int digits(String w) {
        int n = 0;
        for (int k = 0; k < w.length() && Character.isDigit(w.charAt(k)); k++) {
            n = n * 10 + (w.charAt(k) - '0');
        }
        return n;
    }

    private static boolean isDay(String w) {
        return DAY.matcher(w).matches();
    }
}

package io.blocwatch.tagging;

import io.blocwatch.contracts.NewsItem;

/** Small news items written for these tests. */
final class TaggerFixtures {

    private TaggerFixtures() {}

    static NewsItem item(String id, String publishedAt, String title, String body) {
        return new NewsItem(id, "Test Wire", "https://example.org/" + id, publishedAt, "en", title, body);
    }

    /** Our own retelling of the seed story: two defence pacts two weeks apart. */
    static NewsItem seedParaphrase() {
        return item("t-seed", "2025-04-01T15:00:00Z", "Serbia and Hungary sign defence agreement in Belgrade", """
                BELGRADE - Serbia and Hungary signed a defence cooperation agreement on Tuesday in Belgrade, \
                with Serbian Defence Minister Bratislav Gasic and his Hungarian counterpart Kristof \
                Szalay-Bobrovniczky putting their names to the document.
                President Aleksandar Vučić said the deal lifted military ties between the two countries to a new \
                level and called Hungary the most trusted partner Serbia has.
                Vucic also thanked Hungarian Prime Minister Viktor Orbán for standing by Serbia in difficult times.
                Foreign Minister Marko Đurić welcomed the agreement and said Serbia remained committed to joining \
                the European Union.
                The signing comes two weeks after Albania, Croatia and Kosovo signed a joint declaration on \
                defence cooperation on 18 March in Tirana.
                Belgrade condemned that declaration, and Vucic warned that it could fuel an arms race and \
                undermine stability in the region.
                Croatia and Albania are both NATO members.
                """);
    }
}

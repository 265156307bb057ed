package io.blocwatch.scoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One scenario: its blocs (at least two) and its parameters. */
public record Scenario(String id, String description, List<Bloc> blocs, ScenarioParameters parameters)
        implements Serializable {

    public Scenario {
        blocs = List.copyOf(blocs);
    }

    /** A bloc and its members. */
    public record Bloc(String id, List<Member> members) implements Serializable {
        public Bloc {
            members = List.copyOf(members);
        }

        public boolean contains(String code, LocalDate day) {
            for (Member m : members) {
                if (m.code().equals(code) && m.validOn(day)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A member code with optional inclusive validity dates (null = open). */
    public record Member(String code, LocalDate from, LocalDate to) implements Serializable {
        public boolean validOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        boolean overlaps(Member other) {
            boolean thisEndsBefore = to != null && other.from != null && to.isBefore(other.from);
            boolean otherEndsBefore = other.to != null && from != null && other.to.isBefore(from);
            return !thisEndsBefore && !otherEndsBefore;
        }
    }

    /** An unordered pair of blocs, in configuration order (a before b). */
    public record BlocPair(String scenario, String a, String b) implements Serializable {
        public String key() {
            return scenario + "|" + a + "|" + b;
        }
    }

    /** The bloc an actor belongs to on that day, or null. */
    public String blocOf(String code, LocalDate day) {
        for (Bloc bloc : blocs) {
            if (bloc.contains(code, day)) {
                return bloc.id();
            }
        }
        return null;
    }

    public List<BlocPair> pairs() {
        List<BlocPair> pairs = new ArrayList<>();
        for (int i = 0; i < blocs.size(); i++) {
            for (int j = i + 1; j < blocs.size(); j++) {
                pairs.add(new BlocPair(id, blocs.get(i).id(), blocs.get(j).id()));
            }
        }
        return pairs;
    }
}

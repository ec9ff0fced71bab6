package org.livebase.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The generator's command line: {@code generate [--hosts N] [--seed S] [--scale F] [--password P]}.
 *
 * @param hosts how many hosts (3,000,000 is the national set)
 * @param seed the same seed gives the same data set
 * @param scale the other kinds against the national set (30,000 agencies, 10,000 bases, 2,000 estates, 3,000
 *        recognitions); by default in proportion to the hosts
 * @param password the benchmark accounts' password
 */
public record GenerateOptions(long hosts, long seed, double scale, String password) {

    public static final long NATIONAL_HOSTS = 3_000_000;
    static final String USAGE = "generate [--hosts N (3000000)] [--seed S (42)] [--scale F (hosts / 3000000)]"
            + " [--password P (livebase-bench)]";

    public static GenerateOptions of(long hosts, long seed) {
        return new GenerateOptions(hosts, seed, (double) hosts / NATIONAL_HOSTS, "livebase-bench");
    }

    /** Parses the arguments after {@code generate}; a bad one throws IllegalArgumentException with the usage. */
    public static GenerateOptions parse(List<String> args) {
        long hosts = NATIONAL_HOSTS;
        long seed = 42;
        Double scale = null;
        String password = "livebase-bench";
        List<String> rest = new ArrayList<>(args);
        try {
            while (!rest.isEmpty()) {
                String name = rest.remove(0);
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = rest.remove(0);
                switch (name) {
                    case "--hosts" -> hosts = Long.parseLong(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--scale" -> scale = Double.parseDouble(value);
                    case "--password" -> password = value;
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage() + "; usage: " + USAGE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; usage: " + USAGE);
        }
        if (hosts < 1 || hosts > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--hosts must be between 1 and " + Integer.MAX_VALUE + "; usage: " + USAGE);
        }
        return new GenerateOptions(hosts, seed, scale != null ? scale : (double) hosts / NATIONAL_HOSTS, password);
    }
}

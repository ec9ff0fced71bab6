package org.livebase.web;

import java.util.function.Function;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * A value that static code (template extensions) needs and that stays the same while the application runs: a
 * request-scoped bean's client proxy, which finds the current request's instance on each call, or a setting. Made once
 * rather than on each call, and kept with the container it came from because tests start the application more than
 * once in one JVM.
 */
final class PerStart<T> {

    private record Held<T>(ArcContainer container, T value) {
    }

    private final Function<ArcContainer, T> make;

    private volatile Held<T> held;

    PerStart(Function<ArcContainer, T> make) {
        this.make = make;
    }

    /** The client proxy of a bean, for a bean whose scope makes the proxy find the right instance. */
    static <T> PerStart<T> proxy(Class<T> type) {
        return new PerStart<>(container -> container.instance(type).get());
    }

    T get() {
        ArcContainer container = Arc.container();
        Held<T> known = held;
        if (known == null || known.container() != container) {
            known = new Held<>(container, make.apply(container));
            held = known;
        }
        return known.value();
    }
}

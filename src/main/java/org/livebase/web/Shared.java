package org.livebase.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * A public GET whose answer depends only on its address, the visitor's language and {@code Accept}, never on who asks:
 * {@link SharedPages} may serve an anonymous visitor the answer it gave another one. Only for pages and API answers that
 * carry no form token and nothing of a signed-in account; the store and its invalidation are described there.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Shared {
}

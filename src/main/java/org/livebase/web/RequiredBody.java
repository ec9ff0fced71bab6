package org.livebase.web;

import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Every request body an endpoint reads is required: an empty body or a JSON {@code null} answers 400 naming the body,
 * instead of reaching a resource method as null.
 */
@Provider
public class RequiredBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        return body;
    }
}

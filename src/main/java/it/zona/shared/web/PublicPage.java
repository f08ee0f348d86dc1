package it.zona.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page (or a list of the API) that is the same for everyone who is not signed in, with nothing
 * personal on it: it may
 * be kept rendered and shared between such visitors, and revalidated by browsers and proxies,
 * until the data it shows change. Its controller says which District's data it shows with
 * {@link PublicPages#about(long)}; a page that does not say is taken to show every District's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicPage {}

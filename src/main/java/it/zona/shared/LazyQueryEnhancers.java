package it.zona.shared;

import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.util.Lazy;

/**
 * Spring Data's own query enhancers, each parsing its query only when first asked (to derive a
 * count query, to apply a sort) rather than when the repository is created. Spring Data parses
 * every {@code @Query} text with its ANTLR grammar at start-up although most queries never need
 * it; in a cold JVM that was the largest single part of creating the repositories (about a second
 * on a two-core machine). Hibernate still checks every query at start-up, so a wrong one still
 * stops the start.
 *
 * <p>Public because the bean definitions Spring's AOT processing generates for the repositories, in
 * the repositories' own packages, name it.
 */
public final class LazyQueryEnhancers implements QueryEnhancerSelector {

    @Override
    public QueryEnhancerFactory select(DeclaredQuery query) {
        QueryEnhancerFactory chosen = DEFAULT_SELECTOR.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declared) {
                return chosen.supports(declared);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                return new LazyQueryEnhancer(provider, Lazy.of(() -> chosen.create(provider)));
            }
        };
    }

    /**
     * The query as written (after Spring Data's own preprocessing of its parameters), not as the
     * parser would render it again: the same query, and Hibernate reads either.
     */
    private record LazyQueryEnhancer(QueryProvider query, Lazy<QueryEnhancer> parsed) implements QueryEnhancer {

        @Override
        public boolean isSelectQuery() {
            return parsed.get().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.get().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return parsed.get().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.get().getProjection();
        }

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.get().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return parsed.get().createCountQueryFor(countProjection);
        }
    }
}

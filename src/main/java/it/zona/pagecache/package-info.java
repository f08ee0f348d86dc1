/**
 * Public pages served at the speed of static files: each one is rendered once per language and
 * kept in memory until a change to the data it shows commits, on any node; browsers and proxies
 * revalidate it by its ETag. Only visitors who are not signed in are served from it, and only
 * pages marked {@link it.zona.shared.web.PublicPage}.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package it.zona.pagecache;

import org.springframework.modulith.ApplicationModule;

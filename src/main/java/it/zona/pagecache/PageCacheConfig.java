package it.zona.pagecache;

import it.zona.audit.ChangeLog;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PageCacheConfig implements WebMvcConfigurer {

    private final PageCache cache;

    PageCacheConfig(
            ChangeLog changes,
            @Value("${server.servlet.session.cookie.name:ZONA_SESSION}") String sessionCookie,
            @Value("${zona.page-cache.max-size:64MB}") DataSize maxSize,
            @Value("${zona.page-cache.max-age:60s}") Duration maxAge) {
        this.cache = new PageCache(new Freshness(changes), sessionCookie, maxSize.toBytes(), maxAge);
    }

    /** Before the session and security filters, after the character encoding and metrics ones. */
    @Bean
    FilterRegistrationBean<PageCache> pageCache() {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        return registration;
    }

    /**
     * Tomcat writes a response to the socket through a buffer of 8 KB per connection: a kept page of
     * 100 KB took 13 writes. With 32 KB the budget page of a large plan is served half as fast again
     * (docs/performance.md); a connection holds 24 KB more while it is open.
     */
    @Bean
    TomcatConnectorCustomizer socketWriteBuffer(@Value("${zona.page-cache.socket-write-buffer:32KB}") DataSize size) {
        return connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicPageMark(cache));
    }
}

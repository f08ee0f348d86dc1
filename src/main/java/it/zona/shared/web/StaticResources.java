package it.zona.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The style sheets, scripts, images and Bootstrap Italia, each under its own address pattern.
 * Spring Boot's default maps every address ({@code /**}) to the class path, so that every link a
 * page builds was looked up there as a possible file (a lock inside the nested jar, on every
 * link of every page): with {@code spring.web.resources.add-mappings=false} only these are.
 * Browsers keep them an hour and then revalidate them.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl AN_HOUR =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // A pattern's "**" is the path inside its location: each folder maps to its own.
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(AN_HOUR);
        }
        registry.addResourceHandler("/robots.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(AN_HOUR);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(AN_HOUR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}

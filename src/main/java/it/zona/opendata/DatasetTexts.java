package it.zona.opendata;

import it.zona.district.DistrictRef;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The datasets said in the reader's language, with their addresses, for the pages and the API. */
@Component
class DatasetTexts {

    private final MessageSource messages;
    private final String site;

    DatasetTexts(MessageSource messages, @Value("${zona.base-url}") String baseUrl) {
        this.messages = messages;
        this.site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    OpenDatasetView view(OpenDataset dataset, DistrictRef district, Instant lastModified) {
        String key = dataset.key();
        String page = site + OpenDataController.page(district.slug(), key);
        return new OpenDatasetView(
                key,
                text("opendata.dataset." + key + ".title"),
                text("opendata.dataset." + key + ".description"),
                dataset.theme(),
                dataset.theme().uri(),
                dataset.frequency(),
                dataset.frequency().uri(),
                lastModified,
                OpenDatasetView.LICENSE,
                columns(dataset),
                page,
                page + "." + DatasetFormat.CSV.extension(),
                page + "." + DatasetFormat.JSON.extension());
    }

    /** The dataset as the pages show it. */
    DatasetPage page(OpenDataset dataset, Instant lastModified) {
        String key = dataset.key();
        return new DatasetPage(
                key,
                text("opendata.dataset." + key + ".title"),
                text("opendata.dataset." + key + ".description"),
                dataset.theme(),
                dataset.frequency(),
                lastModified,
                columns(dataset).stream()
                        .map(column -> new DatasetPage.Line(column.name(), column.type(), column.description()))
                        .toList());
    }

    List<OpenDatasetView.Column> columns(OpenDataset dataset) {
        return dataset.columns().stream()
                .map(column -> new OpenDatasetView.Column(
                        column.name(),
                        column.type(),
                        text("opendata.dataset." + dataset.key() + ".column." + column.name())))
                .toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}

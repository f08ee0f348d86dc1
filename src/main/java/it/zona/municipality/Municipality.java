package it.zona.municipality;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

@Entity
@Table(name = "municipality")
class Municipality {

    @Id
    private String istatCode;

    private String name;
    private String otherName;
    private String searchKey;
    private String cadastralCode;
    private String provinceCode;
    private String provinceName;
    private String provinceAbbreviation;
    private String regionCode;
    private String regionName;
    private Integer population;
    private LocalDate populationDate;
    private String postalCode;
    private boolean ceased;

    protected Municipality() {}

    Municipality(IstatCsv.Row row) {
        this.istatCode = row.istatCode();
        apply(row);
    }

    /** Takes the row's values and names the fields that changed, with their old and new values. */
    List<MunicipalityImport.FieldChange> apply(IstatCsv.Row row) {
        List<MunicipalityImport.FieldChange> changes = new ArrayList<>();
        name = track(changes, "name", name, row.name());
        otherName = track(changes, "otherName", otherName, row.otherName());
        cadastralCode = track(changes, "cadastralCode", cadastralCode, row.cadastralCode());
        provinceCode = track(changes, "provinceCode", provinceCode, row.provinceCode());
        provinceName = track(changes, "provinceName", provinceName, row.provinceName());
        provinceAbbreviation = track(changes, "provinceAbbreviation", provinceAbbreviation, row.provinceAbbreviation());
        regionCode = track(changes, "regionCode", regionCode, row.regionCode());
        regionName = track(changes, "regionName", regionName, row.regionName());
        population = track(changes, "population", population, row.population());
        populationDate = track(changes, "populationDate", populationDate, row.populationDate());
        postalCode = track(changes, "postalCode", postalCode, row.postalCode());
        ceased = track(changes, "ceased", ceased, false);
        searchKey = row.searchKey();
        return changes;
    }

    void cease() {
        ceased = true;
    }

    private static <T> T track(List<MunicipalityImport.FieldChange> changes, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changes.add(new MunicipalityImport.FieldChange(field, before, after));
        }
        return after;
    }

    String istatCode() {
        return istatCode;
    }

    boolean isCeased() {
        return ceased;
    }

    MunicipalityView view() {
        return new MunicipalityView(
                istatCode,
                name,
                otherName,
                cadastralCode,
                provinceCode,
                provinceName,
                provinceAbbreviation,
                regionCode,
                regionName,
                population,
                populationDate,
                postalCode,
                ceased);
    }
}

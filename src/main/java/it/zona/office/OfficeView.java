package it.zona.office;

import java.util.List;

/**
 * An office with its reception hours and closures, in the same shape an update sends them.
 * {@code status} says whether it is open at the moment of the request; the audit log keeps the
 * data only, without it.
 */
public record OfficeView(
        long id,
        String name,
        String address,
        String postalCode,
        String municipality,
        String municipalityName,
        String phone,
        String email,
        String notes,
        List<OpeningHours.Slot> hours,
        List<OpeningHours.Closure> closures,
        long version,
        OpeningHours.Status status) {

    public OpeningHours openingHours() {
        return new OpeningHours(hours, closures);
    }

    public OfficeForm toForm() {
        return new OfficeForm(name, address, postalCode, municipality, phone, email, notes, null, null, version);
    }

    OfficeView withStatus(OpeningHours.Status now) {
        return new OfficeView(
                id,
                name,
                address,
                postalCode,
                municipality,
                municipalityName,
                phone,
                email,
                notes,
                hours,
                closures,
                version,
                now);
    }
}

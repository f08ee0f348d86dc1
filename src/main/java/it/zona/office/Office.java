package it.zona.office;

import it.zona.shared.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "office")
class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private String name;
    private String address;
    private String postalCode;
    private String municipality;
    private String phone;
    private String email;
    private String notes;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_hours", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<OpeningHours.Slot> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_closure", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<OpeningHours.Closure> closures = new ArrayList<>();

    protected Office() {}

    Office(long districtId, OfficeForm form) {
        this.districtId = districtId;
        apply(form);
    }

    /** The office's data; hours and closures only when the form carries them. */
    void apply(OfficeForm form) {
        this.name = form.name().strip();
        this.address = form.address().strip();
        this.postalCode = PlainText.blankToNull(form.postalCode());
        this.municipality = PlainText.blankToNull(form.municipality());
        this.phone = PlainText.blankToNull(form.phone());
        this.email = PlainText.blankToNull(form.email());
        this.notes = PlainText.blankToNull(form.notes());
        if (form.hours() != null || form.closures() != null) {
            OpeningHours current = openingHours();
            reschedule(new OpeningHours(
                    form.hours() == null
                            ? current.slots()
                            : form.hours().stream()
                                    .map(OfficeForm.SlotForm::toSlot)
                                    .toList(),
                    form.closures() == null
                            ? current.closures()
                            : form.closures().stream()
                                    .map(OfficeForm.ClosureForm::toClosure)
                                    .toList()));
        }
    }

    /** Replaces hours and closures with a valid whole (no overlapping slots). */
    void reschedule(OpeningHours openingHours) {
        hours.clear();
        hours.addAll(openingHours.slots());
        closures.clear();
        closures.addAll(openingHours.closures());
    }

    OpeningHours openingHours() {
        return new OpeningHours(hours, closures);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    OfficeView view(String municipalityName) {
        OpeningHours openingHours = openingHours();
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
                openingHours.slots(),
                openingHours.closures(),
                version,
                null);
    }

    String municipality() {
        return municipality;
    }
}

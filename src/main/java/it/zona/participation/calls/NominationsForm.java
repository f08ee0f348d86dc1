package it.zona.participation.calls;

import jakarta.validation.Valid;
import java.util.List;

/** What an organisation sends from its link: one entry per table it may still nominate at. */
record NominationsForm(List<@Valid NominationForm> entries) {

    public NominationsForm {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    List<NominationForm> chosen() {
        return entries.stream().filter(NominationForm::isChosen).toList();
    }
}

package it.zona.programme;

/** A policy area; {@code code} names the ISTAT area it stands for, if any. */
public record PolicyAreaView(
        long id, long planId, Long parentId, String code, String name, String description, int position, long version) {

    public AreaForm toForm() {
        return new AreaForm(name, description, parentId, version);
    }
}

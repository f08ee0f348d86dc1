package it.zona.budget;

/** A funding source; {@code municipal} marks the co-funding the municipalities share. */
public record FundingSourceView(
        long id,
        String code,
        String name,
        String description,
        int position,
        boolean active,
        boolean municipal,
        long version) {

    public FundingSourceForm toForm() {
        return new FundingSourceForm(name, description, active, version);
    }
}

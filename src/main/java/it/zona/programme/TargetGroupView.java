package it.zona.programme;

public record TargetGroupView(long id, long planId, String name, String description, int position, long version) {

    public TargetGroupForm toForm() {
        return new TargetGroupForm(name, description, version);
    }
}

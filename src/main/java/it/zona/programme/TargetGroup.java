package it.zona.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whom an intervention is for: minors, families, older people, the whole population... */
@Entity
@Table(name = "target_group")
class TargetGroup implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private String name;
    private String description;
    private int position;

    @Version
    private long version;

    protected TargetGroup() {}

    TargetGroup(long planId, String name, String description, int position) {
        this.planId = planId;
        this.name = name;
        this.description = description;
        this.position = position;
    }

    void apply(TargetGroupForm form) {
        this.name = form.name().strip();
        this.description = Text.orNull(form.description());
    }

    TargetGroupView view() {
        return new TargetGroupView(id, planId, name, description, position, version);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    long version() {
        return version;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void placeAt(int position) {
        this.position = position;
    }
}

package it.zona.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A policy area of a plan; it may sit inside a group of areas (seed: "Area Adulti"). */
@Entity
@Table(name = "policy_area")
class PolicyArea implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long parentId;
    private String code;
    private String name;
    private String description;
    private int position;

    @Version
    private long version;

    protected PolicyArea() {}

    PolicyArea(long planId, String code, String name, String description, Long parentId, int position) {
        this.planId = planId;
        this.code = code;
        this.name = name;
        this.description = description;
        this.parentId = parentId;
        this.position = position;
    }

    void apply(AreaForm form) {
        this.name = form.name().strip();
        this.description = Text.orNull(form.description());
        this.parentId = form.parentId();
    }

    PolicyAreaView view() {
        return new PolicyAreaView(id, planId, parentId, code, name, description, position, version);
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    Long parentId() {
        return parentId;
    }

    String code() {
        return code;
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

package it.zona.shared;

/**
 * Published inside the transaction of every create, update and delete, so that the audit entry
 * commits or rolls back together with the change. {@code before} and {@code after} are the views
 * of the entity (records), null where it did not exist.
 */
public record EntityChanged(
        Long districtId,
        String entityType,
        String entityId,
        Action action,
        Object before,
        Object after,
        String reason) {

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }

    public static EntityChanged created(Long districtId, String type, Object id, Object after) {
        return new EntityChanged(districtId, type, String.valueOf(id), Action.CREATED, null, after, null);
    }

    public static EntityChanged updated(Long districtId, String type, Object id, Object before, Object after) {
        return new EntityChanged(districtId, type, String.valueOf(id), Action.UPDATED, before, after, null);
    }

    public static EntityChanged deleted(Long districtId, String type, Object id, Object before) {
        return new EntityChanged(districtId, type, String.valueOf(id), Action.DELETED, before, null, null);
    }

    public EntityChanged because(String why) {
        return new EntityChanged(districtId, entityType, entityId, action, before, after, why);
    }
}

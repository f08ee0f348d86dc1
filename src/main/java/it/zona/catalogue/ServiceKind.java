package it.zona.catalogue;

/** A service the District delivers, or a titolo sociale: a voucher, grant or contribution it pays. */
public enum ServiceKind {
    SERVICE,
    VOUCHER
}

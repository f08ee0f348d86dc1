/**
 * The import of the accounting system's CSV export into the spending ledger: a file uploaded for a
 * plan, its columns mapped to the fields of a commitment, payment or de-commitment, a preview that
 * lists every error by line, and the import of all rows or none. A file is imported once per plan
 * (by its SHA-256), and a row already recorded by an earlier file is reported and skipped (by the
 * key of its content). It uses the spending module's public types only, as any other caller would.
 */
@NamedInterface("imports")
package it.zona.spending.imports;

import org.springframework.modulith.NamedInterface;

package it.zona.municipality;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by the modules that reference municipalities, so that an import can say who still
 * uses a municipality that ISTAT no longer lists (without this module depending on them).
 */
public interface MunicipalityUsage {

    /** For each of the codes that is in use, the names of what uses it (e.g. a District). */
    Map<String, List<String>> usersOf(Collection<String> istatCodes);
}

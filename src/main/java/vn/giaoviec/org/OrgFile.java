package vn.giaoviec.org;

import java.util.List;

/**
 * The organisation file (YAML): units listed parents first, each with its people; and the process
 * owners, who edit and deploy the diagrams (members of no unit).
 */
record OrgFile(List<UnitEntry> units, List<PersonEntry> processOwners) {

    List<PersonEntry> processOwnersOrEmpty() {
        return processOwners == null ? List.of() : processOwners;
    }

    /** {@code notices}: {@code daily} for one digest of new work a day, else (default) one mail each. */
    record UnitEntry(String id, String name, String symbol, String kind, String parent, String notices,
                     List<PersonEntry> people) {
        List<PersonEntry> peopleOrEmpty() {
            return people == null ? List.of() : people;
        }
    }

    /** role: HEAD, FOCAL or STAFF; id defaults to {@code <unit>.head} / {@code <unit>.focal}. */
    record PersonEntry(String id, String role, String name, String email, String phone) {
    }
}

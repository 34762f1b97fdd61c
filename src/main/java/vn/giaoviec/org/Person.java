package vn.giaoviec.org;

/** Someone of a unit: its head, a focal person (cán bộ đầu mối) or staff. Their id is their Camunda user id. */
public record Person(String id, String unitId, String role, String name, String email, String phone) {

    public static final String HEAD = "HEAD";
    public static final String FOCAL = "FOCAL";
    public static final String STAFF = "STAFF";
}

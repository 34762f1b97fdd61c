package vn.giaoviec.directive.assignment;

import java.util.List;

/** A report as the API takes it: {@code {"items": [{"no","status","result"}], "difficulties", "proposals"}}. */
public record ReportBody(List<Item> items, String difficulties, String proposals) {

    public record Item(String no, String status, String result) {
    }
}

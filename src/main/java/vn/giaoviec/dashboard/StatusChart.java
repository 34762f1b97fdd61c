package vn.giaoviec.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.giaoviec.directive.assignment.AssignmentStatus;

/**
 * The status classes as a ring drawn on the server: each class is a stroke of a circle, as long as its
 * share, with its colour in the SVG itself, so the chart shows without scripts and without CSS.
 */
final class StatusChart {

    static final double RADIUS = 60;
    static final double CIRCUMFERENCE = 2 * Math.PI * RADIUS;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    /**
     * One class: its share in percent ({@code start}: where it begins on a bar of 100) and as a stroke
     * of the ring ({@code dash}, {@code offset}).
     */
    record Segment(AssignmentStatus status, String label, String color, int count, double percent, double start,
                   String dash, String offset) {
        public String percentText() {
            return String.format(VI, "%.1f%%", percent);
        }

        public String tooltip() {
            return label + ": " + count + " (" + percentText() + ")";
        }
    }

    static String color(AssignmentStatus status) {
        return switch (status) {
            case DONE_ON_TIME -> "#2e7d32";
            case DONE_LATE -> "#9e7c00";
            case IN_PROGRESS -> "#1565c0";
            case OVERDUE -> "#c62828";
            case NO_DEADLINE -> "#607d8b";
            case CANCELLED -> "#5d4037";
        };
    }

    /** Every class of the taxonomy (cancelled only when there is some), in the taxonomy's order. */
    static List<Segment> of(Map<AssignmentStatus, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Segment> segments = new ArrayList<>();
        double start = 0;
        double share = 0;
        for (AssignmentStatus status : AssignmentStatus.values()) {
            int count = counts.getOrDefault(status, 0);
            if (status == AssignmentStatus.CANCELLED && count == 0) {
                continue;
            }
            double length = total == 0 ? 0 : CIRCUMFERENCE * count / total;
            double percent = total == 0 ? 0 : 100.0 * count / total;
            segments.add(new Segment(status, status.label(), color(status), count, percent, share,
                    number(length) + " " + number(CIRCUMFERENCE - length), number(-start)));
            start += length;
            share += percent;
        }
        return segments;
    }

    static String circumference() {
        return number(CIRCUMFERENCE);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private StatusChart() {
    }
}

package vn.giaoviec.rounds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueDays   working days after a period's cut-off by which the units' reports are due
 * @param batchSize reports started per job when a round opens (as issuing does)
 */
@ConfigurationProperties("giaoviec.report-rounds")
public record ReportRoundProperties(@DefaultValue("5") int dueDays, @DefaultValue("250") int batchSize) {
}

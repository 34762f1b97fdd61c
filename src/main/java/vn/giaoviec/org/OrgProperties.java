package vn.giaoviec.org;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location     the organisation file to load at start-up
 * @param userPassword password given to users the loader creates; none when blank (real deployments
 *                     set passwords through Camunda Admin or their own identity provider)
 * @param processOwnerGroup the Camunda group of the process owners: they may deploy diagrams and
 *                     follow instances in Cockpit
 */
@ConfigurationProperties("giaoviec.org")
record OrgProperties(String location, String userPassword, @DefaultValue("quy-trinh") String processOwnerGroup) {
}

package vn.giaoviec.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param location     the organisation file to load at start-up
 * @param userPassword password given to users the loader creates; none when blank (real deployments
 *                     set passwords through Camunda Admin or their own identity provider)
 */
@ConfigurationProperties("giaoviec.org")
record OrgProperties(String location, String userPassword) {
}

/**
 * Assignments (giao việc): one unit's duty under a directive for one deadline — its process, its
 * forms, its report and the review. Part of the directive module (the cascade makes directives and
 * assignments mutual); offered to the modules above it as the named interface "assignment".
 */
@NamedInterface("assignment")
package vn.giaoviec.directive.assignment;

import org.springframework.modulith.NamedInterface;

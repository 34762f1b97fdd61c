/** Documents attached to reports: whether a PDF carries a digital signature, whose, and whether it holds. */
@ApplicationModule(displayName = "Documents")
package vn.giaoviec.documents;

import org.springframework.modulith.ApplicationModule;

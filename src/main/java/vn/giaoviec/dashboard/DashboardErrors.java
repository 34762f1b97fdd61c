package vn.giaoviec.dashboard;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.giaoviec.kernel.ApiException;

/**
 * The dashboard's errors as pages, not JSON: ahead of the kernel's JSON error handler, for the dashboard's
 * controllers only. A directive that is not the user's business is a 403 page, a missing one 404.
 */
@ControllerAdvice(assignableTypes = DashboardController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors {

    @ExceptionHandler(ApiException.class)
    ModelAndView api(ApiException e) {
        return page(e.status());
    }

    /** {@code /dashboard/directives/abc}: no such page. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badPath() {
        return page(HttpStatus.NOT_FOUND);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView(status == HttpStatus.FORBIDDEN ? "error/403"
                : status == HttpStatus.NOT_FOUND ? "error/404" : "error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}

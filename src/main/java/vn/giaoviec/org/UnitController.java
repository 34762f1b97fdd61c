package vn.giaoviec.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.kernel.ApiException;

@RestController
class UnitController {

    record UnitView(String id, String name, String kind, String parent) {
        static UnitView of(Unit u) {
            return new UnitView(u.id(), u.name(), u.kind(), u.parentId());
        }
    }

    private final UnitRepository units;

    UnitController(UnitRepository units) {
        this.units = units;
    }

    @GetMapping("/api/units")
    List<UnitView> units(@RequestParam(required = false) String within, @RequestParam(required = false) String kinds) {
        List<String> unknown = new ArrayList<>();
        Set<String> kindSet = kinds == null ? Set.of() : Kinds.expand(Arrays.asList(kinds.split(",")), unknown);
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("unknown unit kind: " + String.join(", ", unknown));
        }
        Unit root = within == null
                ? null
                : units.findById(within).orElseThrow(() -> ApiException.notFound("unknown unit: " + within));
        List<Unit> result = root == null
                ? units.findAll().stream().filter(u -> kindSet.isEmpty() || kindSet.contains(u.kind())).toList()
                : units.within(root, kindSet);
        return result.stream().map(UnitView::of).toList();
    }
}

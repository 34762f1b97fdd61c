package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    private final Symbols symbols = new Symbols(TestOrganisation.units());
    private final DocumentIds ids = new DocumentIds(symbols);

    @Test
    void restoresTheDOfKnownSymbols() {
        assertThat(symbols.canonical("SGDDT")).isEqualTo("SGDĐT");
        assertThat(symbols.canonical("QD")).isEqualTo("QĐ");
        assertThat(symbols.canonical("VPPU")).isEqualTo("VPĐU");
        assertThat(symbols.canonical("BCPDTW")).isEqualTo("BCĐTW");
        assertThat(symbols.canonical("HD")).isEqualTo("HD");
        assertThat(symbols.canonical("BCDH")).isEqualTo("BCDH");
    }

    @Test
    void findsCitedIdentifiersNormalised() {
        String text = "Nghị quyết số 57- NQ/TW ngày 22/12/2024 - Bộ Chính trị; Nghị định số 09/2019/ND-CP; "
                + "Kế hoạch số 01 -KH/BCDH; văn bản số 5835/BGDDT-KHCNTT; Quyết định 5264/QĐ-UBND; năm học 2025-2026.";
        assertThat(ids.findAll(text)).extracting(DocNumber::text)
                .containsExactly("57-NQ/TW", "09/2019/NĐ-CP", "01-KH/BCDH", "5835/BGDĐT-KHCNTT", "5264/QĐ-UBND");
    }

    @Test
    void readsThePrintedNumberAndItsParts() {
        DocNumber cv = ids.printedAt("8628 /SGDDT-VP Hai Phong", 0).number();
        assertThat(cv.text()).isEqualTo("8628/SGDĐT-VP");
        assertThat(cv.type()).isEqualTo("CV");
        assertThat(cv.issuerSymbol()).isEqualTo("SGDĐT");
        assertThat(cv.draftingSymbol()).isEqualTo("VP");

        DocNumber plan = ids.printedAt("570/KH-SGDĐT", 0).number();
        assertThat(plan.type()).isEqualTo("KH");
        assertThat(plan.issuerSymbol()).isEqualTo("SGDĐT");
        assertThat(plan.draftingSymbol()).isNull();

        DocNumber party = ids.printedAt("379-CV/VPPU", 0).number();
        assertThat(party.text()).isEqualTo("379-CV/VPĐU");
        assertThat(party.party()).isTrue();
    }

    @Test
    void aBlankNumberKeepsItsSymbol() {
        DocumentIds.Printed printed = ids.printedAt("Số: ....../UBND-VHXX", 4);
        assertThat(printed.number().blank()).isTrue();
        assertThat(printed.number().text()).isEqualTo("/UBND-VHXX");
        assertThat(ids.printedAt("Số: giao duc", 4)).isNull();
    }
}

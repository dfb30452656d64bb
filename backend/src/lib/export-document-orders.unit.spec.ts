import { describe, expect, it } from "vitest"
import { exporterParty } from "./export-document-orders"
import { lineCartons } from "./export-documents"
import { DEFAULT_EXPORT_PACKING } from "./export-packing"

describe("the seller on the export documents", () => {
  it("is the association at Karakol unless OVOP_EXPORTER_* say otherwise, with no tax line when none is set", () => {
    expect(exporterParty({})).toEqual({
      name: "Issyk-Kul OVOP Association",
      lines: ["Karakol, Issyk-Kul Region", "Kyrgyzstan"],
      taxId: null,
    })
    expect(
      exporterParty({
        OVOP_EXPORTER_NAME: " Issyk-Kul OVOP Association PU ",
        OVOP_EXPORTER_ADDRESS: "Toktogul street 112; Karakol 722200;; Kyrgyzstan",
        OVOP_EXPORTER_TAX_ID: "01234567890123",
      }),
    ).toEqual({
      name: "Issyk-Kul OVOP Association PU",
      lines: ["Toktogul street 112", "Karakol 722200", "Kyrgyzstan"],
      taxId: "01234567890123",
    })
  })
})

describe("the standard export packing", () => {
  it("packs 12 cases of 12 jars of 400 g into 6 cartons: 57.6 kg net, 68.4 kg gross", () => {
    const caseGross = 12 * 0.4 + DEFAULT_EXPORT_PACKING.case_tare_kg
    const packed = lineCartons(
      {
        sku: "TOS-APRICOT-JAM-250G",
        description: "Apricot jam 250 g",
        hsCode: "200799",
        lots: [],
        quantity: 144,
        caseSize: 12,
        unitPrice: 560,
        netWeightKgPerUnit: 0.4,
        grossWeightKgPerCase: caseGross,
      },
      {
        casesPerCarton: DEFAULT_EXPORT_PACKING.cases_per_carton,
        dimensionsCm: DEFAULT_EXPORT_PACKING.carton_cm,
        tareKg: DEFAULT_EXPORT_PACKING.carton_tare_kg,
      },
    )
    expect(packed).toEqual({ cases: 12, cartons: 6, net: 57.6, gross: 68.4 })
  })
})

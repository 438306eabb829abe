// The content of a plan as an official document (NĐ 30/2020): what the Word export and the print view
// render, whether the plan comes from the database or straight from imported text.

export interface PlanDocument {
  /** "KẾ HOẠCH", or for a special campaign "KẾ HOẠCH" too (the title says "Phát động thi đua…") */
  documentType: string
  /** e.g. "55/KH-UBND"; null on a draft that has no number yet */
  documentNumber: string | null
  /** issuing body as printed, e.g. "ỦY BAN NHÂN DÂN HUYỆN MAI SƠN" */
  issuer: string | null
  /** parent body as printed above it, e.g. "ỦY BAN NHÂN DÂN TỈNH SƠN LA" */
  parentIssuer: string | null
  place: string | null
  /** ISO date "2020-02-26"; null on a draft */
  issuedOn: string | null
  /** trích yếu */
  title: string | null
  legalBases: string[]
  /** the sentence after the legal bases, e.g. "Ủy ban nhân dân huyện … xây dựng kế hoạch … như sau:" */
  preamble: string | null
  purposes: string[]
  requirements: string[]
  focusTasks: string[]
  movements: string[]
  /** tasks grouped by period, in document order: "Quý I", "Quý I và II", "Từ 01/3 đến 30/6/2020"… */
  periods: { label: string; tasks: string[] }[]
  implementation: { unit: string; duties: string[] }[]
  recipients: string[]
  signer: { authority: string | null; position: string | null; name: string | null } | null
}

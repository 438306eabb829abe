// Print rules of the print view: A4 with the NĐ 30/2020 margins (lib/plans/page-format.ts), and the
// document alone. Every ancestor of the printed block shows only the branch that holds it, so the app's
// header, navigation and sign-out button (and anything a later layout adds) never reach the paper.
import { MARGIN_MM } from '@/lib/plans/page-format'

export const PRINT_ROOT_CLASS = 'plan-print'

const css = `
@media print {
  @page {
    size: A4 portrait;
    margin: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm;
  }
  html, body { background: #fff !important; }
  :where(html, body, body *):has(.${PRINT_ROOT_CLASS}) {
    display: block !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    width: auto !important;
    max-width: none !important;
    min-height: 0 !important;
    box-shadow: none !important;
  }
  :where(body, body *):has(.${PRINT_ROOT_CLASS}) > :not(:has(.${PRINT_ROOT_CLASS})):not(.${PRINT_ROOT_CLASS}) {
    display: none !important;
  }
  .${PRINT_ROOT_CLASS} { padding: 0 !important; margin: 0 !important; }
  .${PRINT_ROOT_CLASS} .no-print { display: none !important; }
}
`

export function PrintStyles() {
  return <style>{css}</style>
}

// The steps a dossier's timeline records (DossierEvent.action), with the Vietnamese label the timeline
// shows. The list is the type: a step written without its label fails to compile. To add one, add one line.
export const DOSSIER_EVENT_LABELS = {
  submit: 'Trình hồ sơ',
  appraise: 'Thẩm định',
  forward: 'Chuyển lên cấp trên',
  return: 'Trả lại',
  approve: 'Phê duyệt',
  reject: 'Không phê duyệt',
  forward_central: 'Trình Trung ương',
  'council.result': 'Kết quả biểu quyết của Hội đồng TĐKT',
  decision: 'Ra quyết định khen thưởng',
} as const satisfies Record<string, string>

export type DossierEventAction = keyof typeof DOSSIER_EVENT_LABELS

/** The label of a stored step; an unknown one (a row from an older version) reads "Bước xử lý khác". */
export const dossierEventLabel = (action: string) =>
  Object.hasOwn(DOSSIER_EVENT_LABELS, action) ? DOSSIER_EVENT_LABELS[action as DossierEventAction] : 'Bước xử lý khác'

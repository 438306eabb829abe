// Every action the audit journal records, with the Vietnamese label the journal shows (Quản trị → Nhật ký
// hệ thống). The list is the type: `recordAudit` accepts only these names, so an action cannot be written
// without its label. To add one, add one line here.
export const AUDIT_ACTION_LABELS = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập sai mật khẩu',
  'auth.locked': 'Tạm khóa tài khoản',

  'organization.create': 'Thêm đơn vị',
  'organization.rename': 'Đổi tên đơn vị',
  'organization.move': 'Chuyển đơn vị',
  'organization.activate': 'Kích hoạt đơn vị',
  'organization.deactivate': 'Ngừng hoạt động đơn vị',

  'user.create': 'Tạo tài khoản',
  'user.activate': 'Kích hoạt tài khoản',
  'user.deactivate': 'Ngừng hoạt động tài khoản',
  'user.reset_password': 'Đặt lại mật khẩu',
  'membership.add': 'Gán vai trò',
  'membership.remove': 'Gỡ vai trò',
  'membership.request': 'Đề nghị cấp vai trò (chờ người thứ hai xác nhận)',
  'membership.confirm': 'Xác nhận cấp vai trò',
  'membership.refuse': 'Từ chối cấp vai trò (có lý do)',

  'plan.create': 'Tạo kế hoạch',
  'plan.import': 'Nhập kế hoạch từ văn bản',
  'plan.update': 'Sửa kế hoạch',
  'plan.submit': 'Trình ban hành kế hoạch',
  'plan.return': 'Trả lại kế hoạch',
  'plan.issue': 'Ban hành kế hoạch',
  'plan.revise': 'Tạo bản sửa đổi kế hoạch',
  'plan.implement': 'Xây dựng kế hoạch thực hiện',
  'plan.task_add': 'Thêm nhiệm vụ của kế hoạch',
  'plan.task_update': 'Sửa nhiệm vụ của kế hoạch',
  'plan.task_remove': 'Xóa nhiệm vụ của kế hoạch',
  'plan.task_report': 'Báo cáo tiến độ nhiệm vụ',
  'plan.deadlines': 'Đặt hạn gửi của cấp dưới',
  'plan.remind': 'Nhắc cấp dưới gửi kế hoạch, báo cáo',

  'person.create': 'Thêm cán bộ',
  'person.update': 'Sửa thông tin cán bộ',
  'person.move': 'Điều động cán bộ',
  'person.activate': 'Khôi phục cán bộ',
  'person.deactivate': 'Ngừng theo dõi cán bộ',
  'person.import': 'Nhập danh sách cán bộ',
  'person.rating': 'Ghi xếp loại hằng năm',
  'person.discipline.add': 'Ghi kỷ luật',
  'person.discipline.remove': 'Xóa kỷ luật ghi nhầm',
  'person.discipline.activate': 'Khôi phục hiệu lực kỷ luật',
  'person.discipline.lift': 'Hết hiệu lực kỷ luật',
  'person.initiative.add': 'Ghi sáng kiến',
  'person.initiative.remove': 'Xóa sáng kiến',

  'movement.launch': 'Phát động phong trào thi đua',
  'movement.participate': 'Hưởng ứng phong trào thi đua',
  'registration.open_round': 'Mở đợt đăng ký thi đua',
  'registration.save': 'Lưu đăng ký thi đua',
  'registration.submit': 'Gửi đăng ký thi đua',
  'registration.accept': 'Chấp nhận đăng ký thi đua',
  'registration.return': 'Trả lại đăng ký thi đua',

  'block.create': 'Tạo khối thi đua',
  'block.update': 'Sửa khối thi đua',
  'block.covenant': 'Ghi giao ước thi đua',
  'block.accept': 'Ký giao ước thi đua',
  'block.self_score': 'Tự chấm điểm thi đua',
  'block.agreed_score': 'Ghi điểm thống nhất',

  'dossier.create': 'Tạo hồ sơ đề nghị khen thưởng',
  'dossier.add_nominee': 'Thêm người được đề nghị',
  'dossier.remove_nominee': 'Bỏ người được đề nghị',
  'dossier.attach': 'Đính kèm tài liệu hồ sơ',
  'dossier.detach': 'Xóa tài liệu hồ sơ',
  'dossier.submit': 'Trình hồ sơ đề nghị khen thưởng',
  'dossier.appraise': 'Thẩm định hồ sơ',
  'dossier.forward': 'Chuyển hồ sơ lên cấp trên',
  'dossier.return': 'Trả lại hồ sơ',
  'dossier.approve': 'Phê duyệt đề nghị khen thưởng',
  'dossier.reject': 'Không phê duyệt đề nghị khen thưởng',
  'public_comment.create': 'Ý kiến góp ý công khai',
  'decision.issue': 'Ban hành quyết định khen thưởng',
  'decision.correct': 'Đính chính quyết định khen thưởng',
  'decision.revoke_item': 'Hủy bỏ khen thưởng, thu hồi hiện vật và tiền thưởng',
  'conduct.add': 'Ghi nhận điều tra, thanh tra, khiếu nại',
  'conduct.close': 'Kết thúc ghi nhận điều tra, thanh tra, khiếu nại',

  'council.create': 'Thành lập Hội đồng TĐKT',
  'council.update': 'Sửa thông tin Hội đồng TĐKT',
  'council.member.add': 'Thêm thành viên Hội đồng',
  'council.member.chair': 'Chỉ định Chủ tịch Hội đồng',
  'council.member.remove': 'Thôi thành viên Hội đồng',
  'council.session.open': 'Mở phiên họp Hội đồng',
  'council.session.attendance': 'Điểm danh phiên họp',
  'council.vote': 'Bỏ phiếu',
  'council.session.close': 'Kết thúc phiên họp và kiểm phiếu',
  'council.paper.record': 'Nhập kết quả kiểm phiếu giấy (kèm biên bản kiểm phiếu)',
  'council.reconsider': 'Cho phép xét lại người được đề nghị (Chủ tịch Hội đồng)',

  'auth.logout': 'Đăng xuất',
  'tenant.deadline_setting': 'Sửa thời hạn (ngày làm việc) của tỉnh',
  'dossier.create_from_evaluation': 'Lập hồ sơ từ bảng bình xét của đơn vị',
  'dossier.edit_nominee': 'Sửa nội dung đề nghị (trước khi trình lại)',
  'dossier.withdraw': 'Rút hồ sơ đã trình',
  'consultation.add_bodies': 'Thêm cơ quan được xin ý kiến hiệp y',
  'consultation.send': 'Gửi văn bản xin ý kiến hiệp y',
  'consultation.reply': 'Ghi ý kiến trả lời hiệp y',
  'cash_rate.add': 'Thêm mức lương cơ sở / hệ số tiền thưởng',
  'award_history.import': 'Nhập lịch sử khen thưởng từ tệp',
  'award_history.enter': 'Ghi lịch sử khen thưởng trước khi dùng phần mềm',
  'certificate.layout': 'Chỉnh vị trí in bằng, giấy khen',
  'submission.create': 'Lập tờ trình tổng hợp danh sách đề nghị khen thưởng',
  'submission.send': 'Gửi tờ trình tổng hợp (cả gói) lên cấp có thẩm quyền',
  'dossier.import_nominees': 'Nhập danh sách đề nghị khen thưởng từ tệp Excel',
} as const satisfies Record<string, string>

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, value)
}

/** The label of a stored action; an unknown one (a row from an older version) shows as it was stored. */
export const auditActionLabel = (action: string) => (isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : action)

/** What an audit entry is about, in the journal's words. */
export const AUDIT_TARGET_LABELS = {
  Organization: 'Đơn vị',
  User: 'Tài khoản',
  Membership: 'Vai trò',
  Plan: 'Kế hoạch',
  PlanTask: 'Nhiệm vụ của kế hoạch',
  Person: 'Cán bộ',
  Movement: 'Phong trào thi đua',
  Registration: 'Đăng ký thi đua',
  RegistrationRound: 'Đợt đăng ký thi đua',
  EmulationBlock: 'Khối thi đua',
  Dossier: 'Hồ sơ đề nghị khen thưởng',
  DossierNominee: 'Người được đề nghị',
  AwardDecision: 'Quyết định khen thưởng',
  AwardDecisionItem: 'Người được khen thưởng trong quyết định',
  ConductRecord: 'Ghi nhận điều tra, thanh tra, khiếu nại',
  Council: 'Hội đồng TĐKT',
  CouncilMember: 'Thành viên Hội đồng',
  CouncilSession: 'Phiên họp Hội đồng',
  SessionItem: 'Nội dung phiên họp',
  DeadlineSetting: 'Thời hạn',
  ConsultedBody: 'Cơ quan được xin ý kiến',
  Consultation: 'Văn bản xin ý kiến hiệp y',
  ConsultationReply: 'Ý kiến trả lời hiệp y',
  CashRate: 'Mức tiền thưởng',
  AwardRecord: 'Lịch sử khen thưởng',
  CertificateLayout: 'Mẫu in bằng, giấy khen',
  Submission: 'Tờ trình tổng hợp đề nghị khen thưởng',
} as const satisfies Record<string, string>

export type AuditTarget = keyof typeof AUDIT_TARGET_LABELS

export const auditTargetLabel = (target: string) =>
  Object.hasOwn(AUDIT_TARGET_LABELS, target) ? AUDIT_TARGET_LABELS[target as AuditTarget] : target

-- AlterTable
ALTER TABLE "DossierNominee" ADD COLUMN     "issuer" TEXT;

-- AlterTable
ALTER TABLE "CashRate" ADD COLUMN     "issuer" TEXT;

-- Whose Giấy khen (lib/awards/authority.ts ISSUERS): only Giấy khen names an issuer.
ALTER TABLE "DossierNominee" ADD CONSTRAINT "DossierNominee_issuer_check" CHECK (
  "issuer" IS NULL OR ("award" = 'GIAY_KHEN' AND "issuer" IN ('CHU_TICH_UBND_XA', 'CHU_TICH_UBND_HUYEN', 'THU_TRUONG_CO_QUAN', 'GIAM_DOC_DOANH_NGHIEP'))
);
ALTER TABLE "CashRate" ADD CONSTRAINT "CashRate_issuer_check" CHECK (
  "issuer" IS NULL OR ("kind" = 'MULTIPLE' AND "award" = 'GIAY_KHEN' AND "issuer" IN ('CHU_TICH_UBND_XA', 'CHU_TICH_UBND_HUYEN', 'THU_TRUONG_CO_QUAN', 'GIAM_DOC_DOANH_NGHIEP'))
);

-- CreateEnum
CREATE TYPE "StaffCategory" AS ENUM ('LANH_DAO_TINH', 'LANH_DAO_SO', 'DOANH_NHAN', 'LANH_DAO_KHAC', 'TRUC_TIEP');

-- CreateEnum
CREATE TYPE "AwardMethod" AS ENUM ('THUONG_XUYEN', 'CHUYEN_DE', 'DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN', 'DOI_NGOAI', 'KHANG_CHIEN');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "staffCategory" "StaffCategory";

-- AlterTable
ALTER TABLE "AwardRecord" ADD COLUMN     "method" "AwardMethod",
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "DossierNominee" ADD COLUMN     "method" "AwardMethod";

-- CreateTable
CREATE TABLE "CertificateLayout" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "template" TEXT NOT NULL,
    "offsets" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CertificateLayout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateLayout_tenantId_template_key" ON "CertificateLayout"("tenantId", "template");

-- CreateIndex
CREATE INDEX "AwardRecord_tenantId_year_id_idx" ON "AwardRecord"("tenantId", "year", "id");

-- AddForeignKey
ALTER TABLE "CertificateLayout" ADD CONSTRAINT "CertificateLayout_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

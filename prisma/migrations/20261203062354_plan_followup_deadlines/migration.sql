-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "halfYearReportDueOn" DATE,
ADD COLUMN     "implementationDueOn" DATE,
ADD COLUMN     "yearReportDueOn" DATE;

// The plan laid out as the official document (NĐ 30/2020), for the plan page and the print view.
import type { PlanDocument } from '@/lib/plans/document'

const ROMAN = ['I', 'II', 'III', 'IV', 'V']
const LETTERS = 'abcdefghiklmnopqrstuvxy'

function dateLine(place: string | null, iso: string | null) {
  if (!iso) return `${place ?? '……'}, ngày … tháng … năm …`
  const [y, m, d] = iso.split('-')
  return `${place ?? '……'}, ngày ${d} tháng ${m} năm ${y}`
}

function Items({ items }: { items: string[] }) {
  return (
    <>
      {items.map((item, i) => (
        <p key={i} className="doc-p">
          - {item}
        </p>
      ))}
    </>
  )
}

export function PlanDocumentView({ doc, draft }: { doc: PlanDocument; draft: boolean }) {
  const sections: { title: string; parts: { title: string; body: React.ReactNode }[] }[] = [
    {
      title: 'MỤC ĐÍCH, YÊU CẦU',
      parts: [
        { title: 'Mục đích', body: doc.purposes.length ? <Items items={doc.purposes} /> : null },
        { title: 'Yêu cầu', body: doc.requirements.length ? <Items items={doc.requirements} /> : null },
      ],
    },
    {
      title: 'NỘI DUNG',
      parts: [
        { title: 'Nhiệm vụ trọng tâm', body: doc.focusTasks.length ? <Items items={doc.focusTasks} /> : null },
        { title: 'Các phong trào thi đua', body: doc.movements.length ? <Items items={doc.movements} /> : null },
        {
          title: 'Nhiệm vụ cụ thể theo thời gian',
          body: doc.periods.length
            ? doc.periods.map((period, i) => (
                <div key={period.label}>
                  <p className="doc-p font-semibold italic">
                    {LETTERS[i]}) {period.label}
                  </p>
                  <Items items={period.tasks} />
                </div>
              ))
            : null,
        },
      ],
    },
    {
      title: 'TỔ CHỨC THỰC HIỆN',
      parts: doc.implementation.map((u) => ({ title: u.unit, body: <Items items={u.duties} /> })),
    },
  ]
  let sectionNo = 0
  return (
    <article className="plan-document" aria-label="Văn bản kế hoạch">
      {draft ? (
        <p className="mb-4 inline-block border-2 border-red-700 px-3 py-1 font-bold text-red-700">DỰ THẢO</p>
      ) : null}
      <header className="grid grid-cols-2 gap-4 text-center">
        <div>
          {doc.parentIssuer ? <p className="uppercase">{doc.parentIssuer}</p> : null}
          <p className="font-bold uppercase">{doc.issuer}</p>
          <p className="mx-auto mt-1 w-24 border-b border-black" aria-hidden="true" />
          <p className="mt-2">Số: {doc.documentNumber ?? '      /'}</p>
        </div>
        <div>
          <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p className="mx-auto mt-1 w-48 border-b border-black" aria-hidden="true" />
          <p className="mt-2 italic">{dateLine(doc.place, doc.issuedOn)}</p>
        </div>
      </header>
      <h2 className="mt-8 text-center font-bold">{doc.documentType}</h2>
      <p className="text-center font-bold">{doc.title}</p>
      <p className="mx-auto mb-6 mt-1 w-32 border-b border-black" aria-hidden="true" />
      {doc.legalBases.map((b, i) => (
        <p key={i} className="doc-p">
          {b};
        </p>
      ))}
      {doc.preamble ? <p className="doc-p">{doc.preamble}</p> : null}
      {sections.map((section) => {
        const parts = section.parts.filter((p) => p.body !== null)
        if (parts.length === 0) return null
        sectionNo++
        return (
          <section key={section.title}>
            <h3 className="doc-h">
              {ROMAN[sectionNo - 1]}. {section.title}
            </h3>
            {parts.map((part, i) => (
              <div key={i}>
                <h4 className="doc-p font-bold">
                  {i + 1}. {part.title}
                </h4>
                {part.body}
              </div>
            ))}
          </section>
        )
      })}
      <footer className="mt-8 grid grid-cols-2 gap-4">
        <div className="text-sm">
          {doc.recipients.length ? (
            <>
              <p className="font-bold italic">Nơi nhận:</p>
              {doc.recipients.map((r, i) => (
                <p key={i}>
                  - {r.replace(/[;.]\s*$/, '')}
                  {i === doc.recipients.length - 1 ? '.' : ';'}
                </p>
              ))}
            </>
          ) : null}
        </div>
        <div className="text-center font-bold">
          {doc.signer ? (
            <>
              {doc.signer.authority ? <p className="uppercase">{doc.signer.authority}</p> : null}
              {doc.signer.position ? <p className="uppercase">{doc.signer.position}</p> : null}
              <p className="h-20" aria-hidden="true" />
              <p>{doc.signer.name}</p>
            </>
          ) : null}
        </div>
      </footer>
    </article>
  )
}

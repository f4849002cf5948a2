import type { TSource } from "@/lib/content/schemas";

export function SourceList({ sources }: { sources: TSource[] }) {
  return (
    <ol className="list-decimal space-y-2 pl-6">
      {sources.map((source, index) => (
        <li key={index}>
          {source.url ? (
            <a className="ds-link" href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            source.title
          )}
          {source.publisher && <>, {source.publisher}</>}
          {source.accessed && <> (lest {source.accessed})</>}
          {source.note && <p className="ds-paragraph text-sm">{source.note}</p>}
        </li>
      ))}
    </ol>
  );
}

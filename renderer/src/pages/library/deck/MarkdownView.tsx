import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { guideLinkComponents } from '../../../components/GuideLink';

/** A model answer as the guide's author formatted it; raw HTML in the guide is not rendered. */
export function MarkdownView(props: { text: string; testId?: string }) {
  if (!props.text.trim()) return <p className="muted">No model answer yet. Write the answer you want to give.</p>;
  return (
    <div className="markdown" data-testid={props.testId ?? 'markdown-view'}>
      <Markdown remarkPlugins={[remarkGfm]} components={guideLinkComponents} skipHtml>
        {props.text}
      </Markdown>
    </div>
  );
}

import type { ReactNode } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { guideLinkComponents } from '../components/GuideLink';
import type { Feedback, KeyPointView } from '@contract/review';
import { JudgeStatus, JudgeVerdict, judgedPointFor } from './JudgeVerdicts';
import { pointForBlock, statusLabel } from './key-point-match';

type Element = NonNullable<ExtraProps['node']>;
type ElementContent = Element['children'][number];

function textOf(node: Element | ElementContent | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

interface ModelAnswerPanelProps {
  markdown: string;
  /** Coaching on how to answer, from the guide: shown, never scored. */
  notes?: string;
  keyPoints: readonly KeyPointView[] | null;
  /** The optional LLM judge's verdicts on the same points, shown beside the local ones. */
  judge?: Feedback['judge'];
  /** Asks the judge again after it failed (its server or key fixed in Settings). */
  onAskJudgeAgain?: () => void;
  /** Called with the transcript words that covered a point while it is hovered or focused; [] when it no longer is. */
  onHighlight(wordIndices: readonly number[]): void;
}

/** The model answer as written, its key points marked covered, partly or missed, each pointing at the words that covered it. */
export function ModelAnswerPanel(props: ModelAnswerPanelProps) {
  const { markdown, notes, keyPoints, judge = null, onHighlight } = props;
  const points = keyPoints ?? [];
  const judgeOn = (point: KeyPointView) => {
    const judged = judgedPointFor(judge, point);
    return judged && <JudgeVerdict point={point} judged={judged} />;
  };
  const hoverProps = (point: KeyPointView) =>
    point.wordIndices.length > 0 && point.status !== 'missed'
      ? {
          tabIndex: 0,
          onMouseEnter: () => onHighlight(point.wordIndices),
          onMouseLeave: () => onHighlight([]),
          onFocus: () => onHighlight(point.wordIndices),
          onBlur: () => onHighlight([]),
        }
      : {};

  // A point said in the speaker's own words is as covered as one said in the model answer's; the mark says why the
  // highlighted words look different from the point's.
  const ownWords = (point: KeyPointView) =>
    point.inOtherWords && point.status !== 'missed' ? (
      <span className="kp-own-words" title="Said in your own words: hover or focus to see which">
        in your words
      </span>
    ) : null;

  const block =
    (Tag: 'li' | 'p') =>
    ({ node, children }: { node?: Element; children?: ReactNode }) => {
      const point = pointForBlock(textOf(node), points);
      if (!point) return <Tag>{children}</Tag>;
      return (
        <Tag className={`kp kp-${point.status}`} data-status={point.status} {...hoverProps(point)}>
          <span className={`kp-badge ${point.status}`}>{statusLabel[point.status]}</span> {children}
          {ownWords(point)}
        </Tag>
      );
    };
  const components: Components = { ...guideLinkComponents, li: block('li'), p: block('p') };

  return (
    <section className="panel model-answer" aria-label="Model answer">
      <h2>Model answer</h2>
      {markdown.trim() ? (
        <div className="markdown">
          <Markdown remarkPlugins={[remarkGfm]} components={components} skipHtml>
            {markdown}
          </Markdown>
        </div>
      ) : (
        <p className="muted">This question has no model answer.</p>
      )}
      {notes?.trim() && (
        <details className="coaching-notes" data-testid="review-notes">
          <summary>Coaching notes (not scored)</summary>
          <div className="markdown">
            <Markdown remarkPlugins={[remarkGfm]} skipHtml>
              {notes}
            </Markdown>
          </div>
        </details>
      )}
      {points.length > 0 && (
        <>
          <h3>Key points</h3>
          <ul className="key-points" data-testid="key-points">
            {points.map((point, index) => (
              <li key={index} className={`kp kp-${point.status}`} data-status={point.status} {...hoverProps(point)}>
                <span className={`kp-badge ${point.status}`}>{statusLabel[point.status]}</span> {point.text}
                {ownWords(point)}
                {judgeOn(point)}
              </li>
            ))}
          </ul>
          {judge && <JudgeStatus judge={judge} onAskAgain={props.onAskJudgeAgain} />}
        </>
      )}
    </section>
  );
}

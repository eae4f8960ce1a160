import { memo, useEffect, useRef, type MouseEvent } from 'react';
import { secondsLabel } from './format';
import type { MarkKind, TranscriptToken } from './transcript-model';

const markLabel: Record<MarkKind, string> = { filler: 'Filler', hedge: 'Hedge', repeat: 'Repeated' };

interface TranscriptViewProps {
  tokens: readonly TranscriptToken[];
  activeIndex: number | null;
  /** Words to point out, e.g. the ones that covered a hovered key point. */
  highlighted: ReadonlySet<number>;
  onSeek(seconds: number): void;
}

/**
 * The transcript as the take plays: the current word lit, fillers and hedges
 * marked, long pauses shown as gaps with their length; click a word or a gap
 * to play from there.
 */
// Memoised: the player re-renders every animation frame, the transcript only when the spoken word changes.
export const TranscriptView = memo(function TranscriptView({
  tokens,
  activeIndex,
  highlighted,
  onSeek,
}: TranscriptViewProps) {
  const container = useRef<HTMLDivElement>(null);

  // Keep the spoken word in view without stealing the page's scroll position.
  useEffect(() => {
    if (activeIndex === null) return;
    const element = container.current?.querySelector<HTMLElement>(`[data-word-index="${activeIndex}"]`);
    element?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [activeIndex]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-seek]');
    if (target) onSeek(Number(target.dataset.seek));
  };

  if (tokens.length === 0) return <p className="muted">No words were recognised in this take.</p>;
  return (
    <div className="transcript" ref={container} onClick={onClick} data-testid="transcript">
      {tokens.map((token) =>
        token.type === 'pause' ? (
          <PauseGap key={`p${token.afterIndex}`} start={token.start} end={token.end} />
        ) : (
          <TranscriptWord
            key={token.index}
            index={token.index}
            text={token.word.text}
            start={token.word.start}
            mark={token.mark}
            active={token.index === activeIndex}
            highlighted={highlighted.has(token.index)}
          />
        ),
      )}
    </div>
  );
});

const TranscriptWord = memo(function TranscriptWord(props: {
  index: number;
  text: string;
  start: number;
  mark: MarkKind | null;
  active: boolean;
  highlighted: boolean;
}) {
  const classes = ['word', props.mark, props.active && 'current', props.highlighted && 'evidence'].filter(Boolean);
  const text = props.text.trim();
  const shared = {
    className: classes.join(' '),
    'data-word-index': props.index,
    'data-seek': props.start,
    'aria-current': props.active ? ('true' as const) : undefined,
  };
  // The space between words stays outside them, so highlights hug the word.
  if (!props.mark) {
    return (
      <>
        <span {...shared}>{text}</span>{' '}
      </>
    );
  }
  return (
    <>
      <mark {...shared} aria-label={`${markLabel[props.mark]}: ${text}`} title={markLabel[props.mark]}>
        {text}
      </mark>{' '}
    </>
  );
});

function PauseGap({ start, end }: { start: number; end: number }) {
  const length = secondsLabel(end - start);
  return (
    <>
      <span className="pause-gap" data-seek={start} role="img" aria-label={`Pause of ${length}`} title="Long pause">
        {length}
      </span>{' '}
    </>
  );
}

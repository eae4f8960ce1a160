import type { MouseEvent, ReactNode } from 'react';
import type { Components } from 'react-markdown';
import { isSafeExternalUrl, openLinkQuestion } from '@contract/external-link';
import { api } from '../api/client';

/**
 * A link written in an imported guide. It opens outside Rehearse, and only
 * after the user agrees: the desktop shell asks in a native dialog when the
 * link tries to open a window; in browser mode the page asks here. Anything
 * but https and mailto stays plain text.
 */
export function GuideLink(props: { href?: string; children?: ReactNode }) {
  const { href, children } = props;
  if (!href || !isSafeExternalUrl(href)) return <span title={href}>{children}</span>;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (api.transport !== 'web') return;
    event.preventDefault();
    if (window.confirm(`${openLinkQuestion.message}\n\n${openLinkQuestion.detail(href)}`)) {
      window.open(href, '_blank', 'noopener,noreferrer');
    }
  };
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" onClick={onClick}>
      {children}
    </a>
  );
}

/** For every react-markdown that shows a guide's text. */
export const guideLinkComponents: Components = {
  a: ({ href, children }) => <GuideLink href={href}>{children}</GuideLink>,
};

import type { RootContent } from 'mdast';
import { skipReasons } from '@contract/deck-import';
import { answerOver } from './answer-span';
import { scanBlocks, skipFor } from './block-scanner';
import { rootContext, type Collected, type Context } from './candidate';
import { coachingRole, hasCoachingParts } from './coaching-sections';
import { detailsAt, isRevealLabel, opensDetails, type DetailsQuestion } from './details-block';
import { timedParts } from './answer-versions';
import { findDuration, findParenthesisedDuration, findTargetSuffix, withoutTrailingNote } from './durations';
import { isSpokenPiece } from './label-paragraph';
import { cleanPrompt, questionInParagraph } from './paragraph-question';
import { isPromptShaped, questionMarkerOf } from './question-shape';
import { skipReasonFor } from './section-roles';
import { bodyNodes, type Section } from './section-tree';
import type { SourceText } from './source-text';

/** Walks headings and their blocks, turning each into questions, skipped items or context for what is below. */
export class SectionWalker {
  private readonly holds = new WeakMap<Section, boolean>();

  constructor(
    private readonly source: SourceText,
    private readonly out: Collected,
  ) {}

  walkRoot(root: Section): void {
    this.walkContent(root, rootContext);
  }

  private walkContent(section: Section, context: Context): void {
    scanBlocks(section.blocks, context, this.source, this.out);
    for (const child of section.children) this.walk(child, context);
  }

  private walk(section: Section, context: Context): void {
    const { label, heading } = section;
    if (!heading || !label) return this.walkContent(section, context);
    this.out.freeText.push(label);
    const marker = questionMarkerOf(label);
    // "### Question" over a "Click to view the answer" block: the heading asks, the block answers.
    if (hasCoachingParts(section)) return this.coachedQuestion(section, context, cleanPrompt(marker?.rest || label));
    const revealed = this.revealedAnswer(section);
    if (revealed)
      return this.headingQuestion(section, context, cleanPrompt(marker?.rest || label), 'heading', revealed);
    // An explicit "Q:" heading is a question unless other explicit questions sit under it.
    if (marker?.rest && !this.holdsExplicitQuestions(section))
      return this.headingQuestion(section, context, cleanPrompt(marker.rest), 'explicit');
    const holds = this.holdsQuestions(section);
    // '"Tell me about yourself" (target: 2 minutes)': the suffix is the target, not part of the prompt.
    const scripted = findTargetSuffix(label);
    if (scripted && isPromptShaped(scripted.rest) && !holds)
      return this.headingQuestion(section, context, cleanPrompt(scripted.rest), 'heading', undefined, scripted.seconds);
    if (marker?.rest && !holds) return this.headingQuestion(section, context, cleanPrompt(marker.rest), 'explicit');
    if (isPromptShaped(label) && !holds) return this.headingQuestion(section, context, cleanPrompt(label), 'heading');
    const duration = findDuration(label);
    if (duration && !holds) return this.headingQuestion(section, context, cleanPrompt(label), 'timed');
    this.walkContent(section, {
      path: [...context.path, withoutTrailingNote(label)],
      labels: [...context.labels, label],
      skipReason: skipReasonFor(label) ?? context.skipReason,
      sectionSeconds: findParenthesisedDuration(label)?.seconds ?? context.sectionSeconds,
    });
  }

  /** A heading that is itself the question; its body (up to a rule) is the answer. */
  private headingQuestion(
    section: Section,
    context: Context,
    prompt: string,
    origin: 'explicit' | 'heading' | 'timed',
    revealed?: DetailsQuestion,
    targetSeconds?: number,
  ) {
    const line = section.heading?.position?.start.line ?? 0;
    const rule = revealed ? revealed.next - 1 : section.blocks.findIndex((b) => b.type === 'thematicBreak');
    const body: RootContent[] = rule >= 0 ? section.blocks.slice(0, rule) : bodyNodes(section);
    const found = revealed ? { answer: revealed.answer, meta: null, extras: {} } : answerOver(this.source, body);
    const { meta } = found;
    const timed = found.answer ? timedParts(body, found.answer.end, this.source) : {};
    const extras = { ...found.extras, ...timed };
    const answer = timed.versions?.[0]?.answer ?? found.answer;
    const skip = origin === 'timed' ? null : skipFor(origin, context);
    if (origin === 'timed' && !isSpokenPiece(section.label, body, '')) {
      this.out.skipped.push({ text: prompt, line, reason: skipReasons.timedAgenda });
    } else if (skip) {
      this.out.skipped.push({ text: prompt, line, reason: skip });
    } else {
      this.out.candidates.push({
        prompt,
        line,
        answer,
        origin,
        context,
        statedSeconds:
          timed.versions?.[0]?.seconds ??
          targetSeconds ??
          (origin === 'timed' ? findDuration(section.label) : findParenthesisedDuration(prompt))?.seconds ??
          null,
        number: origin === 'explicit' ? (questionMarkerOf(section.label)?.number ?? null) : null,
        meta,
        extras,
      });
    }
    // Whatever follows a rule under the question heading is ordinary content again.
    if (rule >= 0) {
      scanBlocks(section.blocks.slice(rule + 1), context, this.source, this.out);
      for (const child of section.children) this.walk(child, context);
    }
  }

  /** A question heading with "How to Answer" and "Example Answer" parts: the example is the answer, the rest notes. */
  private coachedQuestion(section: Section, context: Context, prompt: string) {
    const line = section.heading?.position?.start.line ?? 0;
    const roles = section.children.map((child) => ({ child, role: coachingRole(child.label) }));
    const example = roles.find((r) => r.role === 'example')?.child;
    const advice = [section.blocks, ...roles.filter((r) => r.role === 'coaching').map((r) => bodyNodes(r.child))];
    const notes = advice
      .filter((nodes) => nodes.length > 0)
      .map((nodes) => this.source.markdown(this.source.start(nodes[0]!), this.source.end(nodes[nodes.length - 1]!)))
      .filter(Boolean)
      .join('\n\n');
    const { answer, meta, extras } = example
      ? answerOver(this.source, bodyNodes(example))
      : { answer: null, meta: null, extras: {} };
    const skip = skipFor('heading', context);
    if (skip) this.out.skipped.push({ text: prompt, line, reason: skip });
    else
      this.out.candidates.push({
        prompt,
        line,
        answer,
        origin: 'heading',
        context,
        statedSeconds: findParenthesisedDuration(prompt)?.seconds ?? null,
        number: null,
        meta,
        extras: notes ? { ...extras, notes } : extras,
      });
    for (const { child, role } of roles) if (!role) this.walk(child, context);
  }

  private revealedAnswer(section: Section): DetailsQuestion | null {
    const first = section.blocks[0];
    if (!first || !opensDetails(first)) return null;
    const details = detailsAt(section.blocks, 0, this.source);
    return details && isRevealLabel(details.summary) ? details : null;
  }

  /** True when anything under the heading is a question, so the heading is a section, not a question. */
  private holdsQuestions(section: Section): boolean {
    const known = this.holds.get(section);
    if (known !== undefined) return known;
    const result =
      section.blocks.some((node) => this.blockHoldsQuestion(node)) ||
      section.children.some(
        (child) =>
          !coachingRole(child.label) &&
          (!!questionMarkerOf(child.label)?.rest ||
            isPromptShaped(child.label) ||
            hasCoachingParts(child) ||
            this.holdsQuestions(child)),
      );
    this.holds.set(section, result);
    return result;
  }

  private holdsExplicitQuestions(section: Section): boolean {
    return (
      section.blocks.some(
        (node) => node.type === 'paragraph' && questionInParagraph(node, this.source, 'block')?.origin === 'explicit',
      ) || section.children.some((child) => !!questionMarkerOf(child.label)?.rest || this.holdsExplicitQuestions(child))
    );
  }

  private blockHoldsQuestion(node: RootContent): boolean {
    if (node.type === 'paragraph') return questionInParagraph(node, this.source, 'block') !== null;
    if (opensDetails(node)) return !isRevealLabel(detailsAt([node], 0, this.source)?.summary ?? '');
    if (node.type !== 'list') return false;
    const asked = node.children.filter((item) => {
      const first = item.children[0];
      const question = first?.type === 'paragraph' ? questionInParagraph(first, this.source, 'listItem') : null;
      return !!question && (question.answerStart !== null || item.children.length > 1);
    });
    return asked.length > 0 && asked.length * 2 >= node.children.length;
  }
}

// npm run sample:follow-ups — prints ten offline follow-ups from the seed guides (two per guide), so their wording can be read and judged.
// Each is asked after a thin answer ("We used Docker and it got faster."), with the question's position as seed.
import fs from 'node:fs';
import path from 'node:path';
import { importMarkdown } from '../electron/decks/markdown/import-markdown';
import { offlineFollowUps } from '../electron/interviewer/offline-follow-ups';
import { scoreAnswer } from '../electron/scoring/score-answer';

const seedsDir = path.resolve(import.meta.dirname, '../../shared/seeds');
const thinAnswer = 'We used Docker and it got faster.';
for (const file of fs.readdirSync(seedsDir).sort()) {
  const { questions } = importMarkdown(fs.readFileSync(path.join(seedsDir, file), 'utf8'), { fileName: file });
  for (const at of [1, Math.floor(questions.length / 2)]) {
    const q = questions[at]!;
    const report = scoreAnswer({
      question: q.prompt,
      modelAnswer: q.modelAnswer,
      transcript: thinAnswer,
      durationSeconds: 20,
    });
    const [followUp] = offlineFollowUps(
      {
        question: q.prompt,
        keyPoints: report.content.keyPoints,
        transcript: thinAnswer,
        structureMissing: report.structure.missing,
      },
      1,
      at,
    );
    console.log(`Q: ${q.prompt}\nFollow-up: ${followUp?.text ?? '(none: every point covered)'}\n`);
  }
}

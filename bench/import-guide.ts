// A 50-question guide in the shape people write: parts with difficulty,
// numbered topic headings, bold Q/A pairs with lists, code and follow-ups;
// about 20 KB, like the 50-question guides users bring.
const topics = ['Kubernetes', 'Terraform', 'PostgreSQL', 'Kafka', 'Redis', 'CI/CD', 'Observability', 'Security'];
const parts = ['Part 1: Simple Questions', 'Part 2: Medium Questions', 'Part 3: Hard Questions'];

export function syntheticGuide(questions = 50): string {
  const lines = [
    '# Platform Engineering Interview Guide',
    '',
    '**Elevator Pitch (30 seconds):**',
    '"I run the platform team."',
    '',
  ];
  for (let i = 1; i <= questions; i++) {
    if ((i - 1) % Math.ceil(questions / parts.length) === 0)
      lines.push(`## ${parts[Math.floor((i - 1) / Math.ceil(questions / parts.length))]}`, '');
    const topic = topics[i % topics.length]!;
    lines.push(
      `### ${i}. ${topic} in practice`,
      `**Q${i}: How would you operate ${topic} for a team of fifty engineers, and what would you measure first?**`,
      `**A:** I start from the failure modes that hurt users most, then make them visible.`,
      `1. **Ownership:** one team owns ${topic}, with a runbook and an on-call rotation.`,
      `2. **Signals:** latency, error rate and saturation per service, with alerts on the p99.`,
      '',
      i % 5 === 0
        ? '```yaml\nreplicas: 3\n```\n'
        : `**Follow-up:** we reviewed ${topic} spend monthly and cut it by a third.\n`,
    );
  }
  return lines.join('\n');
}

import { useApiQuery } from '../../api/use-api-query';

const top = (section: string) => section.split(' > ')[0]?.trim() ?? '';

function toggle(list: string[], value: string, on: boolean) {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Sections and difficulties as they appear in the chosen deck; nothing ticked means all. */
export function DeckFilters(props: {
  deckId: string;
  sections: string[];
  difficulties: string[];
  onSections(sections: string[]): void;
  onDifficulties(difficulties: string[]): void;
}) {
  const deck = useApiQuery('decks.get', { deckId: props.deckId }, ['decks']);
  if (deck.status !== 'ready') return null;
  const sections = [...new Set(deck.data.questions.map((q) => top(q.section)).filter(Boolean))];
  const difficulties = [...new Set(deck.data.questions.map((q) => q.difficulty).filter((d): d is string => !!d))];
  return (
    <>
      {sections.length > 1 && (
        <fieldset className="interview-choices">
          <legend>Sections (none ticked: all)</legend>
          {sections.map((section) => (
            <label key={section} className="checkbox">
              <input
                type="checkbox"
                checked={props.sections.includes(section)}
                onChange={(e) => props.onSections(toggle(props.sections, section, e.target.checked))}
              />
              {section}
            </label>
          ))}
        </fieldset>
      )}
      {difficulties.length > 1 && (
        <fieldset className="interview-choices">
          <legend>Difficulty (none ticked: all)</legend>
          {difficulties.map((difficulty) => (
            <label key={difficulty} className="checkbox">
              <input
                type="checkbox"
                checked={props.difficulties.includes(difficulty)}
                onChange={(e) => props.onDifficulties(toggle(props.difficulties, difficulty, e.target.checked))}
              />
              {difficulty}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

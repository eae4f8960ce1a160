import { useState, type DragEvent } from 'react';

export interface GuideSource {
  fileName: string;
  text: string;
}

const accepted = '.md,.markdown,.txt,.csv,.tsv,.json,text/markdown,text/plain,text/csv,application/json';

/** Where a guide comes from: dropped, picked, or pasted. */
export function SourcePicker(props: { busy: boolean; onSource(source: GuideSource): void }) {
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);

  const readFile = async (file: File | undefined) => {
    if (file) props.onSource({ fileName: file.name, text: await file.text() });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  return (
    <div className="import-source">
      <label
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <strong>Drop a guide here</strong>
        <span className="muted">or click to pick a Markdown, text, CSV or JSON file</span>
        <input
          type="file"
          accept={accepted}
          data-testid="import-file-input"
          disabled={props.busy}
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
        />
      </label>
      <div className="paste-box">
        <label htmlFor="import-paste">Or paste the text of your guide</label>
        <textarea
          id="import-paste"
          data-testid="import-paste"
          rows={8}
          value={pasted}
          placeholder={'**Q: Why microservices?**\n**A:** Each service scales on its own…'}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          className="primary"
          data-testid="import-paste-preview"
          disabled={props.busy || !pasted.trim()}
          // No file name: pasted text is matched to an earlier deck only by identical text, never by a shared name.
          onClick={() => props.onSource({ fileName: '', text: pasted })}
        >
          Preview
        </button>
      </div>
    </div>
  );
}

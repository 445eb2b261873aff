// A place to drop a resume file, with a file picker for keyboards and touch screens.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import './import.css';

export const ACCEPTED_FILES = '.pdf,.docx,.json,.txt,application/pdf,application/json,text/plain';

export function DropZone({
  onFile,
  compact = false,
  children,
}: {
  readonly onFile: (file: File) => void;
  readonly compact?: boolean;
  readonly children?: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer?.files);
  };
  return (
    <section
      className={`drop-zone${over ? ' drop-zone-over' : ''}${compact ? ' drop-zone-compact' : ''}`}
      aria-label="Drop a resume file here"
      data-testid="resume-drop-zone"
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-zone-title">
        {compact ? 'Drop your resume here to import it' : 'Drop your resume here'}
      </p>
      <p className="muted">
        PDF, Word (DOCX) or JSON Resume, up to 20 MB. It is read on this device.
      </p>
      <div className="actions" style={{ justifyContent: 'center' }}>
        <Button variant={compact ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>
          Choose a file
        </Button>
        {children}
      </div>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        aria-label="Resume file"
        tabIndex={-1}
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
    </section>
  );
}

// The way in from the Resumes library: drop a file there, or go to the import page.
import { useNavigate } from 'react-router';
import { DropZone } from './DropZone';
import { importFile } from './import-store';

export const IMPORT_PATH = '/resumes/import';

export function ImportEntry() {
  const navigate = useNavigate();
  return (
    <DropZone
      compact
      onFile={(file) => {
        void importFile(file);
        void navigate(IMPORT_PATH);
      }}
    />
  );
}

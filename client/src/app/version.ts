// The app's version, from the client package, for backups and the About line.
import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;

/** Rapport's IndexedDB database: the background writes it, extension pages may read it. */
export const DB_NAME = 'rapport';

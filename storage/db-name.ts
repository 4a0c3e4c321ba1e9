/** The register's database, named in a module of its own so that a worker can open it without the migrations. */
export const DB_NAME = 'quickfreeze';

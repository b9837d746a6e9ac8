/** The add-on's one door into the shared core: everything comes from shared/index.ts. */
export * from '../../shared/index.ts';

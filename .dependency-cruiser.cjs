// The directions the code may depend in (docs/development.md, "Layout"). `npm run lint` checks them.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules load half-initialised and hide which way the data flows.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'components-not-db',
      severity: 'error',
      comment: 'Components render data; they never reach the database (pages load data through lib/).',
      from: { path: '^components/' },
      to: { path: '^lib/db/' },
    },
    {
      name: 'lib-not-app',
      severity: 'error',
      comment: 'lib/ is the domain; app/ only routes to it.',
      from: { path: '^lib/' },
      to: { path: '^app/' },
    },
    {
      name: 'lib-not-etl',
      severity: 'error',
      comment:
        'The app reads what the ETL wrote; it never imports the ETL (benchmarks in bench/, which load data, may).',
      from: { path: '^(lib|app|components)/' },
      to: { path: '^etl/' },
    },
    {
      name: 'etl-only-db-and-constants',
      severity: 'error',
      comment: 'The ETL runs as a plain Node process: it shares the database layer and shared constants only.',
      from: { path: '^etl/' },
      to: { path: '^(lib|app|components)/', pathNot: '^lib/(db/|titles/(types|articles)\\.ts$)' },
    },
    {
      name: 'nothing-imports-bench',
      severity: 'error',
      comment: 'Benchmarks (bench/) are entry points: nothing imports them.',
      from: { pathNot: '^bench/' },
      to: { path: '^bench/' },
    },
    {
      name: 'tests-not-imported',
      severity: 'error',
      comment: 'What ships never depends on the tests.',
      from: { path: '^(lib|app|components|etl)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|lib/db/generated)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

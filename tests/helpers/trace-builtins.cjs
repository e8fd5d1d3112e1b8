// `node -r ./tests/helpers/trace-builtins.cjs bin/newsq.js …` prints on stderr, at exit, every Node
// built-in module the process loaded, one "builtin: <name>" a line (process.moduleLoadList). For
// tests/cli/lazy.test.ts: a short run must not pay for built-ins it does not use.
process.on('exit', () => {
  const names = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  process.stderr.write(names.map((n) => `builtin: ${n}\n`).join(''));
});

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/model/schema';
import { makeTempDir, run, writeFiles } from './cliHarness';

const GOOD = {
  'a.md': '---\ntitle: A\ndate: 2023-02-10\nsource: Somewhere\n---\nThe UK and Italy signed an agreement.\n',
  'b.txt': 'ROME, 22 March 2012 — Italy and France met.\n',
  'nested/c.html': '<html><head><title>C</title></head><body><p>Text.</p></body></html>',
};

let cwd: string;
beforeEach(async () => {
  cwd = await makeTempDir();
});

const outExists = (): boolean => existsSync(path.join(cwd, 'out/graph.json'));

describe('build:graph on a good corpus', () => {
  it('writes a valid graph and prints a summary', async () => {
    await writeFiles(path.join(cwd, 'corpus'), GOOD);
    const result = await run(cwd, '--corpus', 'corpus', '--out', 'out/graph.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built out\/graph\.json from 3 documents: \d+ nodes?, \d+ edges?, \d+ warnings?/);
    const graph = parseGraph(await readFile(path.join(cwd, 'out/graph.json'), 'utf8'), 'graph.json');
    expect(graph.documents.map((d) => [d.id, d.title, d.date])).toEqual([
      ['a', 'A', '2023-02-10'],
      ['b', 'b.txt', '2012-03-22'],
      ['nested/c', 'C', null],
    ]);
  });

  it('uses data/corpus and data/graph.json by default', async () => {
    await writeFiles(path.join(cwd, 'data/corpus'), GOOD);
    const result = await run(cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built data\/graph\.json from 3 documents/);
    expect(existsSync(path.join(cwd, 'data/graph.json'))).toBe(true);
  });

  it('gives a byte-identical file for the same corpus', async () => {
    await writeFiles(path.join(cwd, 'corpus'), GOOD);
    await run(cwd, '--corpus', 'corpus', '--out', 'one.json');
    await run(cwd, '--corpus', 'corpus', '--out', 'two.json');
    const [one, two] = await Promise.all([readFile(path.join(cwd, 'one.json')), readFile(path.join(cwd, 'two.json'))]);
    expect(one.length).toBeGreaterThan(0);
    expect(one.equals(two)).toBe(true);
  });

  it('skips a binary file with a warning naming it, and still builds', async () => {
    await writeFiles(path.join(cwd, 'corpus'), { ...GOOD, 'scan.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x00]) });
    const result = await run(cwd, '--corpus', 'corpus', '--out', 'out/graph.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/from 3 documents/);
    expect(result.stdout).toContain('warning: corpus/scan.txt: skipped: a binary file, not text (contains NUL bytes)');
    const graph = parseGraph(await readFile(path.join(cwd, 'out/graph.json'), 'utf8'), 'graph.json');
    expect(graph.warnings).toContain('scan.txt: skipped: a binary file, not text (contains NUL bytes)');
  });

  it('skips files of other kinds and hidden files, and warns about documents without a date', async () => {
    await writeFiles(path.join(cwd, 'corpus'), { ...GOOD, 'photo.png': 'x', '.DS_Store': 'x', '.git/config': 'x' });
    const result = await run(cwd, '--corpus', 'corpus', '--out', 'out/graph.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: corpus/photo.png: skipped: not a corpus file');
    expect(result.stdout).toContain('warning: corpus/nested/c.html: no date found');
    expect(result.stdout).not.toContain('DS_Store');
    expect(result.stdout).not.toContain('.git');
  });

  it('keeps documents apart whose names differ only by extension', async () => {
    await writeFiles(path.join(cwd, 'corpus'), { 'a.md': 'One.', 'a.txt': 'Two.' });
    const result = await run(cwd, '--corpus', 'corpus', '--out', 'g.json');
    expect(result.code).toBe(0);
    const graph = parseGraph(await readFile(path.join(cwd, 'g.json'), 'utf8'), 'g.json');
    expect(graph.documents.map((d) => d.id)).toEqual(['a.md', 'a.txt']);
  });
});

describe('build:graph on unusable input', () => {
  const expectInputError = async (argv: string[], named: string | RegExp) => {
    const result = await run(cwd, ...argv, '--out', 'out/graph.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: /);
    if (typeof named === 'string') expect(result.stderr).toContain(named);
    else expect(result.stderr).toMatch(named);
    expect(outExists()).toBe(false);
    return result;
  };

  it('a missing folder', async () => {
    await expectInputError(['--corpus', 'nowhere'], 'error: nowhere: corpus folder not found');
  });

  it('a file given as the folder', async () => {
    await writeFiles(cwd, { 'single.md': 'x' });
    await expectInputError(['--corpus', 'single.md'], 'error: single.md: not a folder');
  });

  it('an empty folder', async () => {
    await mkdir(path.join(cwd, 'empty'));
    await expectInputError(['--corpus', 'empty'], 'error: empty: no usable document in the folder');
  });

  it('a folder with only skipped files', async () => {
    await writeFiles(path.join(cwd, 'corpus'), { 'blank.md': '  \n', 'image.jpg': 'x' });
    const { stderr } = await expectInputError(['--corpus', 'corpus'], /^error: corpus: no usable document in the folder .*skipped: /);
    expect(stderr).toContain('blank.md');
    expect(stderr).toContain('image.jpg');
  });

  it('an unreadable file (a dangling symbolic link)', async () => {
    await writeFiles(path.join(cwd, 'corpus'), GOOD);
    await symlink(path.join(cwd, 'gone.md'), path.join(cwd, 'corpus/broken.md'));
    await expectInputError(['--corpus', 'corpus'], /^error: corpus\/broken\.md: cannot read the file \(ENOENT/);
  });

  it('an unreadable file (a link to a folder)', async () => {
    await writeFiles(path.join(cwd, 'corpus'), GOOD);
    await mkdir(path.join(cwd, 'elsewhere'));
    await symlink(path.join(cwd, 'elsewhere'), path.join(cwd, 'corpus/folder.md'));
    await expectInputError(['--corpus', 'corpus'], /^error: corpus\/folder\.md: cannot read the file \(EISDIR/);
  });

  it.runIf(process.getuid?.() !== 0)('an unreadable file (no permission)', async () => {
    await writeFiles(path.join(cwd, 'corpus'), { ...GOOD, 'secret.md': 'x' });
    await chmod(path.join(cwd, 'corpus/secret.md'), 0o000);
    await expectInputError(['--corpus', 'corpus'], /^error: corpus\/secret\.md: cannot read the file \(EACCES/);
  });

  it('malformed front matter, with the line', async () => {
    await writeFiles(path.join(cwd, 'corpus'), { ...GOOD, 'sub/bad.md': '---\ntitle: ok\ndate: 2023-02-30\n---\nText.' });
    await expectInputError(['--corpus', 'corpus'], 'error: corpus/sub/bad.md: malformed front matter: date "2023-02-30" is not a real calendar date (line 3)');
  });

  it('front matter that is not YAML', async () => {
    await writeFiles(path.join(cwd, 'corpus'), { ...GOOD, 'bad.md': '---\ntitle: "unclosed\n---\nText.' });
    await expectInputError(['--corpus', 'corpus'], /^error: corpus\/bad\.md: malformed front matter: Missing closing "quote/);
  });

  it('keeps a previous graph file when the new build fails', async () => {
    await writeFiles(cwd, { 'out/graph.json': 'previous' });
    const result = await run(cwd, '--corpus', 'nowhere', '--out', 'out/graph.json');
    expect(result.code).toBe(1);
    expect(await readFile(path.join(cwd, 'out/graph.json'), 'utf8')).toBe('previous');
    expect(await readdir(path.join(cwd, 'out'))).toEqual(['graph.json']);
  });

  it('an output path that cannot be written', async () => {
    await writeFiles(path.join(cwd, 'corpus'), GOOD);
    await writeFile(path.join(cwd, 'blocker'), 'a file where a folder should be');
    const result = await run(cwd, '--corpus', 'corpus', '--out', 'blocker/graph.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: blocker\/graph\.json: cannot write the graph file/);
  });
});

describe('build:graph command line', () => {
  it.each([
    [['--verbose'], /Unknown option '--verbose'/],
    [['--corpus'], /--corpus <value>' argument missing/],
    [['extra'], /unexpected argument "extra"/],
  ])('rejects %j with usage and exit code 2', async (argv, message) => {
    const result = await run(cwd, ...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: npm run build:graph');
  });

  it('prints help', async () => {
    const result = await run(cwd, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--corpus DIR');
  });

  it('runs as a script and sets the exit code', async () => {
    const script = path.resolve('src/cli/buildGraphCli.ts');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const failure = await promisify(execFile)(tsx, [script, '--corpus', 'nowhere'], { cwd }).catch((err: { code: number; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('error: nowhere: corpus folder not found') });
  });
});

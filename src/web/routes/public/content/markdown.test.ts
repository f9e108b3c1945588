import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PAGES } from '../public-pages';
import { type Block, inlineText, parseFrontMatter, parseInline, parseMarkdown, safeHref } from './markdown';

describe('Markdown reader', () => {
  it('reads front matter and leaves the body', () => {
    const { meta, body } = parseFrontMatter('---\ntitle: FAQ: costs\ndescription: Answers.\n---\n# Hi\n');
    expect(meta).toEqual({ title: 'FAQ: costs', description: 'Answers.' });
    expect(body).toBe('# Hi\n');
    expect(parseFrontMatter('# No front matter').meta).toEqual({});
  });

  it('reads headings, paragraphs joined across lines, lists and callouts', () => {
    const doc = parseMarkdown(
      [
        '# Title',
        '',
        'First line',
        'second line.',
        '',
        '## Steps',
        '1. One',
        '2. Two',
        '   continued',
        '',
        '- a',
        '* b',
        '',
        '> Call **911**.',
        '>',
        '> Then wait.',
        'After.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'list',
      'callout',
      'paragraph',
    ]);
    const [, paragraph, , numbered, bullets, callout] = doc.blocks as [
      Block,
      Block,
      Block,
      Block,
      Block,
      Block,
    ];
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'First line second line.' }],
    });
    expect(numbered).toMatchObject({
      ordered: true,
      items: [[{ text: 'One' }], [{ text: 'Two continued' }]],
    });
    expect(bullets).toMatchObject({ ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] });
    expect(callout.type === 'callout' && callout.paragraphs.map(inlineText)).toEqual([
      'Call 911.',
      'Then wait.',
    ]);
  });

  it('reads bold and links, also nested', () => {
    expect(parseInline('Call **911** or see [the **steps**](/emergency).')).toEqual([
      { type: 'text', text: 'Call ' },
      { type: 'strong', children: [{ type: 'text', text: '911' }] },
      { type: 'text', text: ' or see ' },
      {
        type: 'link',
        href: '/emergency',
        children: [
          { type: 'text', text: 'the ' },
          { type: 'strong', children: [{ type: 'text', text: 'steps' }] },
        ],
      },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps only safe links; anything else becomes its text', () => {
    for (const ok of [
      '/faq',
      'https://www.samhsa.gov',
      'tel:+18006624357',
      'tel:911',
      'mailto:help@example.org',
    ])
      expect(safeHref(ok)).toBe(ok);
    for (const bad of [
      'javascript:alert(1)',
      '//evil.example',
      'http://plain.example',
      'data:text/html,x',
      'tel:9;x',
    ])
      expect(safeHref(bad)).toBeNull();
    expect(parseInline('[click](javascript:alert%281%29)')).toEqual([{ type: 'text', text: 'click' }]);
  });

  it('treats HTML as text (React escapes it when rendering)', () => {
    expect(parseMarkdown('<script>alert(1)</script>').blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
    ]);
  });
});

describe('content pages', () => {
  const dir = path.resolve(import.meta.dirname, '../../../content');

  it.each(['en', 'es'])('%s has every page, each with a title, a description and one h1', (lang) => {
    const files = readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.md'));
    expect(files.sort()).toEqual(CONTENT_PAGES.map((slug) => `${slug}.md`).sort());
    for (const slug of CONTENT_PAGES) {
      const doc = parseMarkdown(readFileSync(path.join(dir, lang, `${slug}.md`), 'utf8'));
      expect(doc.meta.title, slug).toBeTruthy();
      expect(doc.meta.description?.length, slug).toBeGreaterThan(50);
      expect(doc.meta.description?.length, slug).toBeLessThanOrEqual(200);
      expect(
        doc.blocks.filter((b) => b.type === 'heading' && b.level === 1),
        slug,
      ).toHaveLength(1);
      expect(doc.blocks[0]?.type, slug).toBe('heading');
    }
  });
});

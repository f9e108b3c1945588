import { Alert, Container } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader';
import { currentLanguage } from '../../../i18n';
import type { ContentSlug } from '../public-pages';
import { usePageMeta } from '../use-page-meta';
import { loadContent } from './load-content';
import type { MarkdownDocument } from './markdown';
import { MarkdownView } from './markdown-view';

/** A Markdown page of the public site (src/web/content/<lang>/<slug>.md), in the current language. */
export function ContentPage({ slug }: { slug: ContentSlug }) {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [loaded, setLoaded] = useState<{ key: string; doc?: MarkdownDocument; failed?: boolean } | null>(
    null,
  );
  const key = `${lang}/${slug}`;

  useEffect(() => {
    let current = true;
    loadContent(lang, slug).then(
      (doc) => current && setLoaded({ key: `${lang}/${slug}`, doc }),
      () => current && setLoaded({ key: `${lang}/${slug}`, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [lang, slug]);

  const ready = loaded?.key === key ? loaded : null;
  return (
    <Container size="md" py={{ base: 'md', sm: 'xl' }}>
      {ready?.doc ? <ContentDocument doc={ready.doc} /> : ready?.failed ? <FailedContent /> : <PageLoader />}
    </Container>
  );
}

function ContentDocument({ doc }: { doc: MarkdownDocument }) {
  usePageMeta(doc.meta.title ?? '', doc.meta.description ?? '');
  return (
    <article>
      <MarkdownView blocks={doc.blocks} />
    </article>
  );
}

function FailedContent() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      {t('site.content.failed')}
    </Alert>
  );
}

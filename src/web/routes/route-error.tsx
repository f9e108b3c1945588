import { Button } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '../components/status-page';

/** What a page that failed to render shows, also when its chunk failed to load after a new release. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <StatusPage
      title={t('routeError.title')}
      body={t('routeError.body')}
      action={
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t('routeError.reload')}
        </Button>
      }
    />
  );
}

interface BoundaryProps {
  /** A new key (the next page's path) clears a caught error. */
  resetKey: string;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  resetKey: string;
}

/**
 * The root error boundary. React only offers error boundaries as class components
 * (https://react.dev/reference/react/Component#catching-rendering-errors-with-an-error-boundary).
 */
export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown render error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.error ? <RouteError /> : this.props.children;
  }
}

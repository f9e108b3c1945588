import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { AppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

interface AppProps {
  i18n: i18n;
}

export function App({ i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        <AppRouter />
      </MantineProvider>
    </I18nextProvider>
  );
}

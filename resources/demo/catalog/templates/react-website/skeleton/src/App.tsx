import { AppShell, PageHeader, Card } from '@halyard/harbor-ui';
{%- if values.requireLogin %}
import { RequireLogin } from '@halyard/auth-react';
{%- endif %}

export function App() {
  const page = (
    <AppShell product="${{ values.title }}">
      <PageHeader title="${{ values.title }}" />
      <Card>Edit src/App.tsx to get started.</Card>
    </AppShell>
  );
{%- if values.requireLogin %}
  return <RequireLogin>{page}</RequireLogin>;
{%- else %}
  return page;
{%- endif %}
}

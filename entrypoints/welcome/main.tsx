import { render } from 'preact';
import { Welcome } from '../../components/welcome/Welcome';
import { LanguageProvider } from '../../i18n/use-i18n';
import { providers } from '../../providers/registry';
import { Register } from '../../storage/register';

// The register is opened once, and only when a step asks about its lock.
let register: Promise<Register> | null = null;
const openVault = () => (register ??= Register.open()).then((r) => r.vault);

render(
  <LanguageProvider>
    <Welcome providers={providers.map((p) => ({ id: p.id, name: p.name, products: p.products }))} openVault={openVault} />
  </LanguageProvider>,
  document.getElementById('app')!,
);

import { useT } from '../../i18n/use-i18n';
import { LanguageSetting } from '../options/LanguageSetting';

/** Step 1: the language first (everything after is read in it), then what the investigator can rely on. */
export function AboutStep() {
  const t = useT();
  return (
    <>
      <LanguageSetting />
      <p>{t('welcome.about.what')}</p>
      <h3>{t('welcome.about.neverTitle')}</h3>
      <ul>
        <li>
          <strong>{t('welcome.about.noNetwork')}</strong> {t('welcome.about.noNetworkText')}
        </li>
        <li>
          <strong>{t('welcome.about.noWriting')}</strong> {t('welcome.about.noWritingText')}
        </li>
        <li>
          <strong>{t('welcome.about.local')}</strong> {t('welcome.about.localText')}
        </li>
      </ul>
      <p class="muted">{t('welcome.about.notAdvice')}</p>
    </>
  );
}
